package fi.verso.calendar;

/**
 * How late a service need assessment started, in working days after its due date, as THL's half-year
 * follow-up breaks it down (LSL 27 a §, legal-rules.md section 2).
 */
public enum LatenessBucket {
  DAYS_1_TO_7(1, 7),
  DAYS_8_TO_14(8, 14),
  DAYS_15_TO_30(15, 30),
  OVER_30(31, Integer.MAX_VALUE);

  private final int fromDays;
  private final int toDays;

  LatenessBucket(int fromDays, int toDays) {
    this.fromDays = fromDays;
    this.toDays = toDays;
  }

  /** The bucket of a start that was late by {@code workingDaysLate} (at least 1) working days. */
  public static LatenessBucket of(int workingDaysLate) {
    for (LatenessBucket bucket : values()) {
      if (workingDaysLate >= bucket.fromDays && workingDaysLate <= bucket.toDays) {
        return bucket;
      }
    }
    throw new IllegalArgumentException("Not late: " + workingDaysLate + " working days");
  }

  /** The first number of working days late in this bucket. */
  public int fromDays() {
    return fromDays;
  }

  /** The last number of working days late in this bucket; {@link Integer#MAX_VALUE} for the open end. */
  public int toDays() {
    return toDays;
  }
}
