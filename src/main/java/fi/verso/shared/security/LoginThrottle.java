package fi.verso.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_USERNAME} failed logins for one username, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, within the window, further attempts are refused
 * until the window has passed. A person who mistypes a few times is not locked out.
 */
@Component
public class LoginThrottle {
  static final int MAX_FAILURES_PER_USERNAME = 5;
  static final int MAX_FAILURES_PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isBlocked(String username, String address) {
    return count("u:" + normalise(username)) >= MAX_FAILURES_PER_USERNAME
        || count("a:" + address) >= MAX_FAILURES_PER_ADDRESS;
  }

  public void failed(String username, String address) {
    if (failures.size() > MAX_TRACKED_KEYS) {
      failures.clear(); // bounded memory under a flood; throttling restarts
    }
    add("u:" + normalise(username));
    add("a:" + address);
  }

  public void succeeded(String username) {
    failures.remove("u:" + normalise(username));
  }

  private void add(String key) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(clock.instant());
    }
  }

  private int count(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    Instant since = clock.instant().minus(WINDOW);
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
