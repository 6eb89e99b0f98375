package fi.verso.calendar;

/**
 * Where a statutory clock stands on a given day, for queues and case pages. Counts are in working days; see
 * {@link StatutoryDeadlines#status}.
 */
public record ClockStatus(State state, int workingDaysLeft, int workingDaysOverdue) {
  public enum State {
    DUE_LATER,
    DUE_TODAY,
    OVERDUE
  }

  public ClockStatus {
    if (state == null) {
      throw new IllegalArgumentException("state is required");
    }
    if (workingDaysLeft < 0 || workingDaysOverdue < 0) {
      throw new IllegalArgumentException("day counts cannot be negative");
    }
    if (state != State.DUE_LATER && workingDaysLeft != 0) {
      throw new IllegalArgumentException("only a clock due later has days left");
    }
    if (state != State.OVERDUE && workingDaysOverdue != 0) {
      throw new IllegalArgumentException("only an overdue clock has days overdue");
    }
  }

  public static ClockStatus dueLater(int workingDaysLeft) {
    return new ClockStatus(State.DUE_LATER, workingDaysLeft, 0);
  }

  public static ClockStatus dueToday() {
    return new ClockStatus(State.DUE_TODAY, 0, 0);
  }

  public static ClockStatus overdue(int workingDaysOverdue) {
    return new ClockStatus(State.OVERDUE, 0, workingDaysOverdue);
  }

  public boolean isOverdue() {
    return state == State.OVERDUE;
  }
}
