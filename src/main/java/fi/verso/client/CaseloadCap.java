package fi.verso.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The caseload cap of a child's responsible social worker (lapsen asioista vastaava sosiaalityöntekijä,
 * Lastensuojelulaki 417/2007 13 b §): at most 35 children in 2022-2023 and at most 30 children from 1.1.2024,
 * checked per worker, not as a team average.
 *
 * <p>Counted: the children aged 0-17 on the day in question for whom the worker is responsible in an active
 * child welfare client relationship. A child turns 18 and drops out of the count on their 18th birthday;
 * special-support clients under SHL are not counted. A child whose birth date is unknown is counted, so that
 * a missing date can never let a worker's caseload grow past the cap.
 *
 * <p>Policy as of {@link #POLICY_DATE}. When the law changes, add a dated period; keep the old ones.
 */
public final class CaseloadCap {
  /** The date this policy was last checked against the law. */
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  /** The age at which a child leaves the count. */
  public static final int ADULT_AGE = 18;

  private record Period(LocalDate from, int cap) {}

  /** Newest first. Before the first period the law set no cap. */
  private static final Period[] PERIODS = {
    new Period(LocalDate.of(2024, 1, 1), 30), new Period(LocalDate.of(2022, 1, 1), 35),
  };

  private CaseloadCap() {}

  /** The cap in force on {@code date}, or empty before the law set one (1.1.2022). */
  public static OptionalInt capOn(LocalDate date) {
    for (Period p : PERIODS) {
      if (!date.isBefore(p.from())) {
        return OptionalInt.of(p.cap());
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a child welfare client with this birth date counts on {@code date}: aged 0-17 that day. */
  public static boolean counts(Optional<LocalDate> birthDate, LocalDate date) {
    return birthDate.map(b -> !b.isAfter(date) && date.isBefore(b.plusYears(ADULT_AGE))).orElse(true);
  }

  /** How many of these children (by birth date) count on {@code date}. */
  public static int count(Collection<Optional<LocalDate>> birthDates, LocalDate date) {
    return (int) birthDates.stream().filter(b -> counts(b, date)).count();
  }

  /**
   * Whether giving a worker who already has {@code currentCount} counted children one more child (who counts
   * on {@code date} only if {@code childCounts}) stays within the cap.
   */
  public static Assignment assign(int currentCount, boolean childCounts, LocalDate date) {
    OptionalInt cap = capOn(date);
    boolean allowed = !childCounts || cap.isEmpty() || currentCount + 1 <= cap.getAsInt();
    return new Assignment(allowed, currentCount, cap);
  }

  /** The outcome of {@link #assign}: the worker's count before it and the cap it was checked against. */
  public record Assignment(boolean allowed, int currentCount, OptionalInt cap) {}

  /** The worker's standing against the cap on a day: below it, at it, or over it (possible after a law change). */
  public enum Standing {
    BELOW,
    AT_CAP,
    OVER_CAP;

    public static Standing of(int count, OptionalInt cap) {
      if (cap.isEmpty() || count < cap.getAsInt()) {
        return BELOW;
      }
      return count == cap.getAsInt() ? AT_CAP : OVER_CAP;
    }
  }
}
