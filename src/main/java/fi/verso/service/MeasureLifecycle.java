package fi.verso.service;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The steps every measure with a period goes through alike, whether a family work period or a support match:
 * choosing the client relationship it is given in, renewing it on a new decision, recording that its decision
 * ended, and refusing any change once it has ended (been closed). What each measure stores stays with it; this
 * only reads the forms and decides when to refuse.
 */
final class MeasureLifecycle {
  /** The message key telling that the measure has ended (or been closed) already. */
  private final String overKey;

  MeasureLifecycle(String overKey) {
    this.overKey = overKey;
  }

  /**
   * The relationship the measure is given in: the one chosen, or the only one there is (then the choice may be left
   * empty). Adds a problem when the child has no open relationship or the choice is not one of them.
   */
  static Optional<RelationshipOption> relationship(
      List<RelationshipOption> relationships, String chosen, List<FieldProblem> problems) {
    UUID relationshipId = FormInput.id(chosen, "measureRelationship", relationships.size() > 1, problems);
    Optional<RelationshipOption> relationship =
        relationshipId == null && relationships.size() == 1
            ? Optional.of(relationships.getFirst())
            : relationships.stream().filter(r -> r.id().equals(relationshipId)).findFirst();
    if (relationships.isEmpty()) {
      problems.add(new FieldProblem("measureRelationship", "service.error.noActiveRelationship"));
    } else if (relationship.isEmpty() && relationshipId != null) {
      problems.add(new FieldProblem("measureRelationship", "service.error.choose"));
    }
    return relationship;
  }

  /** The measure had ended meanwhile: a conflict shown next to the form's field, not a typing error. */
  Outcome.Refused over(String field) {
    return new Outcome.Refused(List.of(new FieldProblem(field, overKey)), true);
  }

  /** A new planned end, today at the earliest, handed to {@code apply} to store; refused once the measure is over. */
  Outcome renew(boolean over, LocalDate today, MeasureForms.Renew form, Function<LocalDate, Outcome> apply) {
    if (over) {
      return over("measureRenewUntil");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate until = FormInput.date(form.measureRenewUntil(), "measureRenewUntil", true, problems);
    if (until != null && until.isBefore(today)) {
      problems.add(new FieldProblem("measureRenewUntil", "service.error.renewInPast"));
    }
    return problems.isEmpty() ? apply.apply(until) : new Outcome.Refused(problems);
  }

  /**
   * The day the decision the measure rests on ended (or will end), handed to {@code apply} to store; refused once
   * the measure is over.
   */
  Outcome decisionEnded(boolean over, MeasureForms.DecisionEnded form, Function<LocalDate, Outcome> apply) {
    if (over) {
      return over("measureDecisionEndedOn");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate endedOn = FormInput.date(form.measureDecisionEndedOn(), "measureDecisionEndedOn", true, problems);
    return problems.isEmpty() ? apply.apply(endedOn) : new Outcome.Refused(problems);
  }

  /**
   * After an update that only touches a measure still open: no row means it ended between reading and writing,
   * refused as a conflict on {@code field}; otherwise {@code recorded} says what was done.
   */
  Outcome unlessOverMeanwhile(int updatedRows, String field, Supplier<Outcome> recorded) {
    return updatedRows == 0 ? over(field) : recorded.get();
  }
}
