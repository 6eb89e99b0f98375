package fi.verso.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the service need assessments of a child, for the client page and for finding a child. The assessment
 * module implements it (it starts client relationships, so the client module cannot depend on it).
 */
public interface ChildAssessments {

  /** Newest first. Reading them is part of an access the caller logs. */
  List<Summary> forChild(UUID countyId, UUID childId, LocalDate today);

  /**
   * One assessment as the client page lists it. {@code calendarDaysLeft} counts calendar days from today to
   * the completion due date (negative when overdue); it is meaningful only while {@code open}.
   */
  record Summary(
      UUID id,
      TeamName team,
      String assessingWorker,
      boolean open,
      LocalDate startedOn,
      LocalDate completionDue,
      long calendarDaysLeft,
      Optional<LocalDate> completedOn,
      Optional<String> conclusion) {

    /**
     * The completion clock for the page, in calendar days: DUE_LATER, DUE_TODAY or OVERDUE while open,
     * COMPLETED_IN_TIME or COMPLETED_LATE after.
     */
    public String clockState() {
      if (completedOn.isPresent()) {
        return completedOn.get().isAfter(completionDue) ? "COMPLETED_LATE" : "COMPLETED_IN_TIME";
      }
      return calendarDaysLeft > 0 ? "DUE_LATER" : calendarDaysLeft == 0 ? "DUE_TODAY" : "OVERDUE";
    }

    /** Days left, overdue, or completed late, as {@link #clockState()} says. */
    public long clockDays() {
      if (completedOn.isPresent()) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(completionDue, completedOn.get()));
      }
      return Math.abs(calendarDaysLeft);
    }
  }
}
