package fi.verso.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When the child should next be met personally, from the meeting frequency the client plan sets.
 *
 * <p>Policy as of {@link #POLICY_DATE}, written from legal-rules.md section 4: the responsible worker meets the
 * child personally as often as the plan says (LSL 417/2007 29 §, SHL 1301/2014 42 §). Any personal meeting
 * recorded in the case notes counts, whoever recorded it; a meeting that was later corrected counts as the
 * correction says.
 */
public final class ChildMeetingPolicy {
  /** The date this policy was last checked against the law. */
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  /** How many days before the next meeting is due the pages start to warn about it. */
  public static final int WARNING_DAYS = 7;

  private ChildMeetingPolicy() {}

  /**
   * The last day to meet the child next: the current plan's interval after the latest personal meeting, or, when
   * the child has never been met personally, after the day the first plan was made. Making a new revision does
   * not restart the clock: only meeting the child does.
   */
  public static LocalDate nextMeetingDue(
      Optional<LocalDate> lastMetPersonally, LocalDate firstPlanMadeOn, int everyWeeks) {
    Objects.requireNonNull(lastMetPersonally, "lastMetPersonally");
    Objects.requireNonNull(firstPlanMadeOn, "firstPlanMadeOn");
    if (everyWeeks < 1) {
      throw new IllegalArgumentException("A meeting interval is at least one week: " + everyWeeks);
    }
    return lastMetPersonally.orElse(firstPlanMadeOn).plusWeeks(everyWeeks);
  }

  /** Where the next meeting stands on {@code today}; overdue means the plan's frequency has been exceeded. */
  public static DueStatus status(LocalDate due, LocalDate today) {
    return DueStatus.of(due, today, WARNING_DAYS);
  }
}
