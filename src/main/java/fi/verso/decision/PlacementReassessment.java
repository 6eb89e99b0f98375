package fi.verso.decision;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A placement as an open-care support measure (LSL 37 §) is reassessed within three months of its start and
 * then at least every three months. Months run to the same-numbered day, or the month's last day when there is
 * none (Määräaikalaki 150/1930 3 §); the authority's own deadline is not moved off weekends.
 */
public final class PlacementReassessment {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);
  public static final int INTERVAL_MONTHS = 3;
  /** How long before the due date the reassessment is brought up on the child's decisions page. */
  public static final int SHOWN_DAYS_BEFORE = 21;

  private PlacementReassessment() {}

  public static LocalDate nextDue(LocalDate placementStart, Optional<LocalDate> lastReassessed) {
    LocalDate from = lastReassessed.filter(d -> d.isAfter(placementStart)).orElse(placementStart);
    return from.plusMonths(INTERVAL_MONTHS);
  }

  public enum Status {
    LATER,
    SOON,
    OVERDUE
  }

  public static Status status(LocalDate due, LocalDate today) {
    if (today.isAfter(due)) {
      return Status.OVERDUE;
    }
    return today.isBefore(due.minusDays(SHOWN_DAYS_BEFORE)) ? Status.LATER : Status.SOON;
  }
}
