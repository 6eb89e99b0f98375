package fi.verso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The statutory clocks of a received matter, each with its legal source, as one named policy.
 *
 * <p>Policy as of {@link #POLICY_DATE}, written from legal-rules.md section 2. When a law changes, change
 * the rule here, date it, and keep the old rule if matters received before the change still run on it.
 *
 * <p>Days are Helsinki dates: a notification received at 23:30 Finnish time on a Monday was received on
 * Monday, although it is still Monday 21:30 (or already Tuesday) in UTC.
 */
public final class StatutoryDeadlines {
  /** The date this policy was last checked against the law. */
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  /**
   * Lastensuojelulaki 417/2007 26 § 5 mom: the service need assessment starts at the latest on the 7th
   * working day after the matter was received.
   */
  public static final int ASSESSMENT_START_WORKING_DAYS = 7;

  /**
   * Sosiaalihuoltolaki 1301/2014 36 §: the assessment of a child needing special support is completed within
   * three months of the matter being received.
   */
  public static final int ASSESSMENT_COMPLETION_MONTHS = 3;

  private static final StatutoryDeadlines FINLAND = new StatutoryDeadlines(WorkingDays.finland());

  private final WorkingDays workingDays;

  public StatutoryDeadlines(WorkingDays workingDays) {
    this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
  }

  public static StatutoryDeadlines finland() {
    return FINLAND;
  }

  /**
   * The last day to start the service need assessment (LSL 26 § 5 mom): the day of receipt is not counted,
   * day 1 is the next working day and the 7th working day is the last day. Received on a Tuesday, it is due
   * on Thursday of the next week.
   */
  public LocalDate assessmentStartDue(Instant received) {
    return assessmentStartDue(HelsinkiTime.dateOf(received));
  }

  /** As {@link #assessmentStartDue(Instant)}, for a matter whose Helsinki date of receipt is known. */
  public LocalDate assessmentStartDue(LocalDate receivedOn) {
    return workingDays.plusWorkingDays(receivedOn, ASSESSMENT_START_WORKING_DAYS);
  }

  /**
   * The last day to complete the assessment (SHL 36 §): three months from the date of receipt, on the
   * same-numbered day, or on the last day of the month if it has no such day (Määräaikalaki 150/1930 3 §).
   * Not moved off a weekend or holiday (legal-rules.md section 2): the authority is warned on the plain
   * date, which errs on the side of the child.
   */
  public LocalDate assessmentCompletionDue(Instant received) {
    return assessmentCompletionDue(HelsinkiTime.dateOf(received));
  }

  /** As {@link #assessmentCompletionDue(Instant)}, for a matter whose Helsinki date of receipt is known. */
  public LocalDate assessmentCompletionDue(LocalDate receivedOn) {
    // LocalDate.plusMonths clamps to the month's last day, which is exactly Määräaikalaki 3 §.
    return receivedOn.plusMonths(ASSESSMENT_COMPLETION_MONTHS);
  }

  /**
   * Where a clock stands on {@code today}. Days left are working days after today up to and including the
   * due date; days overdue are working days after the due date up to and including today. A due date on a
   * weekend can therefore be later with 0 working days left (today is the last working day to act) or overdue
   * by 0 working days (the weekend after it).
   */
  public ClockStatus status(LocalDate due, LocalDate today) {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(today, "today");
    if (today.isEqual(due)) {
      return ClockStatus.dueToday();
    }
    if (today.isBefore(due)) {
      return ClockStatus.dueLater(workingDays.workingDaysBetween(today, due));
    }
    return ClockStatus.overdue(workingDays.workingDaysBetween(due, today));
  }
}
