package fi.verso.support;

import fi.verso.calendar.HelsinkiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests can set and move. Starts at the real time; Europe/Helsinki like the real one. */
public final class TestClock extends Clock {
  private volatile Instant now = start();

  public void set(Instant instant) {
    now = instant;
  }

  public void set(ZonedDateTime time) {
    now = time.toInstant();
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void reset() {
    now = start();
  }

  /**
   * The real time, or {@code -Dverso.test.now=2027-08-16T10:00:00Z}: running the suite on another day shows
   * tests that only pass on the day they were written.
   */
  private static Instant start() {
    String fixed = System.getProperty("verso.test.now");
    return fixed == null || fixed.isBlank() ? Instant.now() : Instant.parse(fixed);
  }

  @Override
  public ZoneId getZone() {
    return HelsinkiTime.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
