package fi.verso.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a support measure still open needs its responsible worker's action (close it, or renew it on a new
 * decision): its period is over, or the decision it rests on has ended (SHL 45 §: services are given on a
 * decision). The SQL of the ended-measures list applies the same predicate; a test holds them together.
 */
public final class MeasureEnd {
  public enum Reason {
    /** The planned last day has passed. */
    PERIOD_OVER,
    /** The decision ended on or before today. */
    DECISION_ENDED
  }

  private MeasureEnd() {}

  /**
   * @param plannedLastDay the last day the measure was planned for (inclusive)
   * @param decisionEndedOn the day the decision ended, when it has
   * @param closedOn the day the measure was closed, when it has been
   * @return why action is needed; empty for a closed measure or one still running. A decision that ended
   *     comes first: renewing the period alone would not mend it.
   */
  public static Optional<Reason> needsAction(
      LocalDate plannedLastDay, LocalDate decisionEndedOn, LocalDate closedOn, LocalDate today) {
    if (closedOn != null) {
      return Optional.empty();
    }
    if (decisionEndedOn != null && !decisionEndedOn.isAfter(today)) {
      return Optional.of(Reason.DECISION_ENDED);
    }
    if (plannedLastDay != null && plannedLastDay.isBefore(today)) {
      return Optional.of(Reason.PERIOD_OVER);
    }
    return Optional.empty();
  }
}
