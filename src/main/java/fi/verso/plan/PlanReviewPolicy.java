package fi.verso.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client plan must next be reviewed, as one named policy.
 *
 * <p>Policy as of {@link #POLICY_DATE}, written from legal-rules.md section 4. When the law changes (an
 * amendment moving open-care measures into SHL was proposed in 2026), change the rule here and date it.
 */
public final class PlanReviewPolicy {
  /** The date this policy was last checked against the law. */
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);

  /**
   * Lastensuojelulaki 417/2007 30 § 1 mom: the client plan is reviewed when needed, at least once a year. Counted
   * from the day the latest revision was made, to the same-numbered day (the last day of the month when there is
   * none, Määräaikalaki 150/1930 3 §), and not moved off a weekend: it is the authority's own deadline.
   */
  public static final int CHILD_WELFARE_REVIEW_MONTHS = 12;

  /** How long before the review is due the pages start to warn about it. */
  public static final int WARNING_DAYS = 60;

  private PlanReviewPolicy() {}

  /**
   * The last day for the next review of a plan whose latest revision was made on {@code lastMadeOn}. SHL 39 §
   * sets no interval ("when needed"), so a plan for a child needing special support has no review due date.
   */
  public static Optional<LocalDate> reviewDue(PlanBasis basis, LocalDate lastMadeOn) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(lastMadeOn, "lastMadeOn");
    return switch (basis) {
      // plusMonths clamps 29.2. to 28.2., which is Määräaikalaki 3 §.
      case CHILD_WELFARE -> Optional.of(lastMadeOn.plusMonths(CHILD_WELFARE_REVIEW_MONTHS));
      case SHL_SPECIAL_SUPPORT -> Optional.empty();
    };
  }

  /** Where a review due on {@code due} stands on {@code today}; it is due soon within {@link #WARNING_DAYS}. */
  public static DueStatus status(LocalDate due, LocalDate today) {
    return DueStatus.of(due, today, WARNING_DAYS);
  }
}
