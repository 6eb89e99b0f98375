package fi.verso.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous submissions per client address: generous enough for a family, a school or a shared
 * office sending several in a day, tight enough to stop a script filling the queue.
 */
@Component
class SubmissionRateLimit {
  static final int MAX_PER_HOUR = 20;
  private static final Duration WINDOW = Duration.ofHours(1);
  private static final int MAX_TRACKED = 50_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

  SubmissionRateLimit(Clock clock) {
    this.clock = clock;
  }

  /** Counts this attempt and says whether it is within the limit. */
  boolean tryAcquire(String address) {
    if (recent.size() > MAX_TRACKED) {
      recent.clear();
    }
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.removeFirst();
      }
      if (times.size() >= MAX_PER_HOUR) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }
}
