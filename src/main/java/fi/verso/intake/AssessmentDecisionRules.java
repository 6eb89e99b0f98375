package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a decision on the service need assessment must contain (LSL 26 § 5 mom, SHL 36 §, LSL 25 d §). Pure
 * rules, so that they can be read and tested without the database.
 */
public final class AssessmentDecisionRules {
  public static final int MAX_TEXT = 2_000;
  public static final int MAX_COUNTY = 200;

  private AssessmentDecisionRules() {}

  /** What the worker decided, parsed; parts that do not belong to the decision are ignored. */
  public record Command(
      AssessmentDecision decision,
      UUID assignedWorkerId,
      NotStartReason notStartReason,
      String reasonText,
      String transferCounty,
      String delayReason) {}

  /** The matter as far as the rules need it. */
  public record Matter(MatterKind kind, MatterState state, LocalDate assessmentStartDue) {}

  /**
   * A prenatal notification concerns an unborn child: no child welfare case can start before the birth
   * (LSL 25 c §), so its assessment is not started; after the birth it is converted into the child's matter.
   */
  public static List<AssessmentDecision> allowedDecisions(MatterKind kind) {
    return kind == MatterKind.PRENATAL_NOTIFICATION
        ? List.of(AssessmentDecision.NOT_START)
        : List.of(AssessmentDecision.values());
  }

  /**
   * A decision is late when its Helsinki date is after the 7th working day (LSL 26 § 5 mom). The due date
   * itself is still on time.
   */
  public static boolean isLate(LocalDate assessmentStartDue, LocalDate decidedOn) {
    return decidedOn.isAfter(assessmentStartDue);
  }

  /**
   * Every problem with a decision made on {@code decidedOn}; empty when it may be recorded. A late decision
   * needs the reason for the delay, so that the delay is explained where THL's figures are checked.
   *
   * @param eligibleWorkers the qualified social workers of the matter's team (LSL 13 b §)
   */
  public static List<FieldProblem> check(
      Command command, Matter matter, LocalDate decidedOn, Set<UUID> eligibleWorkers) {
    Objects.requireNonNull(matter, "matter");
    List<FieldProblem> problems = new ArrayList<>();
    if (!matter.state().isOpen()) {
      problems.add(new FieldProblem("decision", "intake.error.alreadyDecided"));
      return problems;
    }
    AssessmentDecision decision = command.decision();
    if (decision == null) {
      problems.add(new FieldProblem("decision", "intake.error.required"));
    } else if (!allowedDecisions(matter.kind()).contains(decision)) {
      problems.add(new FieldProblem("decision", "intake.error.prenatalOnlyNotStart"));
    } else if (!matter.state().canMoveTo(decision.resultingState())) {
      problems.add(new FieldProblem("decision", "intake.error.alreadyDecided"));
    } else {
      switch (decision) {
        case START -> {
          if (command.assignedWorkerId() == null) {
            problems.add(new FieldProblem("assignedWorker", "intake.error.workerRequired"));
          } else if (!eligibleWorkers.contains(command.assignedWorkerId())) {
            problems.add(new FieldProblem("assignedWorker", "intake.error.workerNotEligible"));
          }
        }
        case NOT_START -> {
          if (command.notStartReason() == null) {
            problems.add(new FieldProblem("notStartReason", "intake.error.required"));
          } else if (command.notStartReason() == NotStartReason.OTHER && blank(command.reasonText())) {
            problems.add(new FieldProblem("reasonText", "intake.error.explanationRequired"));
          }
        }
        case TRANSFER -> {
          if (blank(command.transferCounty())) {
            problems.add(new FieldProblem("transferCounty", "intake.error.transferCountyRequired"));
          } else if (command.transferCounty().trim().length() > MAX_COUNTY) {
            problems.add(new FieldProblem("transferCounty", "intake.error.tooLong", List.of(MAX_COUNTY)));
          }
        }
      }
    }
    tooLong(command.reasonText(), "reasonText", problems);
    if (isLate(matter.assessmentStartDue(), decidedOn) && blank(command.delayReason())) {
      problems.add(new FieldProblem("delayReason", "intake.error.delayReasonRequired"));
    }
    tooLong(command.delayReason(), "delayReason", problems);
    return problems;
  }

  private static void tooLong(String text, String field, List<FieldProblem> problems) {
    if (text != null && text.trim().length() > MAX_TEXT) {
      problems.add(new FieldProblem(field, "intake.error.tooLong", List.of(MAX_TEXT)));
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
