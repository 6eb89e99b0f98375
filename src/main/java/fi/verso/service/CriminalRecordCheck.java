package fi.verso.service;

import java.time.LocalDate;
import java.time.Period;

/**
 * Whether a support person's or support family's criminal record check (rikostaustaote) is recent enough to
 * place a child with them. The extract is asked for under the Act on checking the criminal background of
 * persons working with children (504/2002) and, for volunteers, the corresponding act on volunteers; how old
 * a check may be is the county's own policy, not statute: {@link #MAX_AGE}, dated here so that a change is
 * one line and one test.
 */
public final class CriminalRecordCheck {
  /** The county's policy: a new extract at least every five years. */
  public static final Period MAX_AGE = Period.ofYears(5);

  public enum Status {
    VALID,
    /** Older than {@link #MAX_AGE}: a new extract is needed before a new match. */
    EXPIRED,
    /** No check recorded. */
    MISSING;

    public boolean flagged() {
      return this != VALID;
    }
  }

  private CriminalRecordCheck() {}

  /**
   * A check made on {@code checkedOn} is valid through the day before its fifth anniversary. A date in the
   * future is a typing error and counts as missing.
   */
  public static Status status(LocalDate checkedOn, LocalDate today) {
    if (checkedOn == null || checkedOn.isAfter(today)) {
      return Status.MISSING;
    }
    return today.isBefore(expiresOn(checkedOn)) ? Status.VALID : Status.EXPIRED;
  }

  /** The first day on which a check made on {@code checkedOn} no longer counts. */
  public static LocalDate expiresOn(LocalDate checkedOn) {
    return checkedOn.plus(MAX_AGE);
  }
}
