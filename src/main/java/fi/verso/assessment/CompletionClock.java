package fi.verso.assessment;

import java.time.LocalDate;

/**
 * Where the completion clock of an assessment stands (SHL 36 §: three months from receipt). The due date is a
 * plain date (Määräaikalaki 150/1930 3 §, not moved off a weekend), so the days are calendar days.
 */
public record CompletionClock(LocalDate due, State state, long calendarDays) {
  public enum State {
    /** Open; {@code calendarDays} left after today up to and including the due date. */
    DUE_LATER,
    DUE_TODAY,
    /** Open; {@code calendarDays} past the due date. */
    OVERDUE,
    COMPLETED_IN_TIME,
    /** Completed {@code calendarDays} after the due date. */
    COMPLETED_LATE
  }

  public boolean isOverdue() {
    return state == State.OVERDUE;
  }

  public boolean isCompleted() {
    return state == State.COMPLETED_IN_TIME || state == State.COMPLETED_LATE;
  }
}
