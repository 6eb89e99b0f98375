package fi.verso.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";

  TestClock clock = new TestClock();
  LoginThrottle throttle = new LoginThrottle(clock);

  @BeforeEach
  void setClock() {
    clock.set(Instant.parse("2026-05-04T07:00:00Z"));
  }

  @Test
  void fiveFailuresForAUsernameBlockItFromAnyAddress() {
    fail("intake", 4, HOME);
    assertThat(throttle.isBlocked("intake", HOME)).isFalse();

    fail("intake", 1, HOME);

    assertThat(throttle.isBlocked("intake", HOME)).isTrue();
    assertThat(throttle.isBlocked("intake", ELSEWHERE)).isTrue();
    assertThat(throttle.isBlocked("social.worker", HOME)).isFalse();
  }

  @Test
  void theUsernameIsCountedWhateverItsCaseOrSurroundingSpaces() {
    fail("Intake", 2, HOME);
    fail(" intake ", 2, HOME);
    fail("INTAKE", 1, HOME);

    assertThat(throttle.isBlocked("intake", HOME)).isTrue();
  }

  @Test
  void theBlockEndsWhenTheWindowHasPassed() {
    fail("intake", 5, HOME);
    clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
    assertThat(throttle.isBlocked("intake", HOME)).isTrue();

    clock.advance(Duration.ofSeconds(2));

    assertThat(throttle.isBlocked("intake", HOME)).isFalse();
  }

  @Test
  void onlyFailuresWithinTheWindowCount() {
    fail("intake", 3, HOME);
    clock.advance(Duration.ofMinutes(10));
    fail("intake", 2, HOME);
    assertThat(throttle.isBlocked("intake", HOME)).isTrue();

    clock.advance(Duration.ofMinutes(6)); // the first three are now older than the window

    assertThat(throttle.isBlocked("intake", HOME)).isFalse();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    fail("intake", 4, HOME);
    throttle.succeeded("intake");
    fail("intake", 4, HOME);

    assertThat(throttle.isBlocked("intake", HOME)).isFalse();
  }

  @Test
  void manyFailuresFromOneAddressBlockItForEveryUsername() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS - 1; i++) {
      throttle.failed("guess" + i, HOME);
    }
    assertThat(throttle.isBlocked("intake", HOME)).isFalse();

    throttle.failed("one.more.guess", HOME);

    assertThat(throttle.isBlocked("intake", HOME)).isTrue();
    assertThat(throttle.isBlocked("intake", ELSEWHERE)).isFalse();
  }

  private void fail(String username, int times, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }
}
