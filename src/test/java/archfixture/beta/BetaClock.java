package archfixture.beta;

import java.time.Clock;
import java.time.LocalDate;

public class BetaClock {
  private final Clock clock;

  BetaClock(Clock clock) {
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
