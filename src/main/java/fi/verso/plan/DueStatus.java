package fi.verso.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a date that must not be missed stands today, in calendar days: due later (and whether soon enough
 * to warn), due today, or overdue. The plan page and the worklists say it in words ("in 12 days").
 */
public record DueStatus(State state, long days) {
  public enum State {
    LATER,
    SOON,
    TODAY,
    OVERDUE
  }

  public DueStatus {
    if (state == null) {
      throw new IllegalArgumentException("state is required");
    }
    if (days < 0) {
      throw new IllegalArgumentException("days cannot be negative");
    }
    if (state == State.TODAY && days != 0) {
      throw new IllegalArgumentException("due today has no days");
    }
  }

  /**
   * Where {@code due} stands on {@code today}: overdue after it, due today on it, and due soon within {@code
   * warningDays} before it.
   */
  public static DueStatus of(LocalDate due, LocalDate today, int warningDays) {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(today, "today");
    long days = ChronoUnit.DAYS.between(today, due);
    if (days == 0) {
      return new DueStatus(State.TODAY, 0);
    }
    if (days < 0) {
      return new DueStatus(State.OVERDUE, -days);
    }
    return new DueStatus(days <= warningDays ? State.SOON : State.LATER, days);
  }

  public boolean isOverdue() {
    return state == State.OVERDUE;
  }

  /** Overdue, due today or due within the warning period: shown so it is not missed. */
  public boolean needsAttention() {
    return state != State.LATER;
  }
}
