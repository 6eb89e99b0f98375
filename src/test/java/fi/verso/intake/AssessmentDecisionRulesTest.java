package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.intake.AssessmentDecisionRules.Command;
import fi.verso.intake.AssessmentDecisionRules.Matter;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessmentDecisionRulesTest {
  private static final LocalDate DUE = LocalDate.of(2026, 3, 12);
  private static final UUID WORKER = UUID.randomUUID();
  private static final Matter OPEN = new Matter(MatterKind.CHILD_WELFARE_NOTIFICATION, MatterState.RECEIVED, DUE);

  private static Command start(UUID worker, String delayReason) {
    return new Command(AssessmentDecision.START, worker, null, null, null, delayReason);
  }

  private static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }

  @Test
  void aDecisionOnTheDueDateIsInTimeAndNeedsNoDelayReason() {
    assertThat(AssessmentDecisionRules.isLate(DUE, DUE)).isFalse();
    assertThat(AssessmentDecisionRules.check(start(WORKER, null), OPEN, DUE, Set.of(WORKER))).isEmpty();
  }

  @Test
  void aDecisionTheDayAfterTheDueDateIsLateAndNeedsADelayReason() {
    LocalDate dayAfter = DUE.plusDays(1);
    assertThat(AssessmentDecisionRules.isLate(DUE, dayAfter)).isTrue();
    assertThat(keys(AssessmentDecisionRules.check(start(WORKER, null), OPEN, dayAfter, Set.of(WORKER))))
        .containsExactly("delayReason:intake.error.delayReasonRequired");
    assertThat(keys(AssessmentDecisionRules.check(start(WORKER, "  "), OPEN, dayAfter, Set.of(WORKER))))
        .containsExactly("delayReason:intake.error.delayReasonRequired");
    assertThat(AssessmentDecisionRules.check(start(WORKER, "The worker was ill."), OPEN, dayAfter, Set.of(WORKER)))
        .isEmpty();
  }

  @Test
  void startNeedsAQualifiedSocialWorkerOfTheTeam() {
    assertThat(keys(AssessmentDecisionRules.check(start(null, null), OPEN, DUE, Set.of(WORKER))))
        .containsExactly("assignedWorker:intake.error.workerRequired");
    assertThat(keys(AssessmentDecisionRules.check(start(UUID.randomUUID(), null), OPEN, DUE, Set.of(WORKER))))
        .containsExactly("assignedWorker:intake.error.workerNotEligible");
  }

  @Test
  void notStartingNeedsAReasonAndOtherNeedsAnExplanation() {
    Command noReason = new Command(AssessmentDecision.NOT_START, null, null, null, null, null);
    Command otherUnexplained = new Command(AssessmentDecision.NOT_START, null, NotStartReason.OTHER, " ", null, null);
    Command otherExplained =
        new Command(AssessmentDecision.NOT_START, null, NotStartReason.OTHER, "Family moved abroad.", null, null);
    Command alreadyClient = new Command(AssessmentDecision.NOT_START, null, NotStartReason.ALREADY_CLIENT, null, null, null);

    assertThat(keys(AssessmentDecisionRules.check(noReason, OPEN, DUE, Set.of())))
        .containsExactly("notStartReason:intake.error.required");
    assertThat(keys(AssessmentDecisionRules.check(otherUnexplained, OPEN, DUE, Set.of())))
        .containsExactly("reasonText:intake.error.explanationRequired");
    assertThat(AssessmentDecisionRules.check(otherExplained, OPEN, DUE, Set.of())).isEmpty();
    assertThat(AssessmentDecisionRules.check(alreadyClient, OPEN, DUE, Set.of())).isEmpty();
  }

  @Test
  void aTransferNamesTheReceivingCounty() {
    Command unnamed = new Command(AssessmentDecision.TRANSFER, null, null, null, "", null);
    Command named = new Command(AssessmentDecision.TRANSFER, null, null, null, "Pirkanmaan hyvinvointialue", null);
    Command tooLong = new Command(AssessmentDecision.TRANSFER, null, null, null, "x".repeat(201), null);

    assertThat(keys(AssessmentDecisionRules.check(unnamed, OPEN, DUE, Set.of())))
        .containsExactly("transferCounty:intake.error.transferCountyRequired");
    assertThat(AssessmentDecisionRules.check(named, OPEN, DUE, Set.of())).isEmpty();
    assertThat(keys(AssessmentDecisionRules.check(tooLong, OPEN, DUE, Set.of())))
        .containsExactly("transferCounty:intake.error.tooLong");
  }

  @Test
  void aPrenatalNotificationCanOnlyBeLeftUnstartedBeforeTheBirth() {
    Matter prenatal = new Matter(MatterKind.PRENATAL_NOTIFICATION, MatterState.RECEIVED, DUE);

    assertThat(AssessmentDecisionRules.allowedDecisions(MatterKind.PRENATAL_NOTIFICATION))
        .containsExactly(AssessmentDecision.NOT_START);
    assertThat(keys(AssessmentDecisionRules.check(start(WORKER, null), prenatal, DUE, Set.of(WORKER))))
        .containsExactly("decision:intake.error.prenatalOnlyNotStart");
    Command transfer = new Command(AssessmentDecision.TRANSFER, null, null, null, "Pirkanmaa", null);
    assertThat(keys(AssessmentDecisionRules.check(transfer, prenatal, DUE, Set.of())))
        .containsExactly("decision:intake.error.prenatalOnlyNotStart");
  }

  @Test
  void aDecidedMatterCannotBeDecidedAgain() {
    for (MatterState closed : List.of(MatterState.ASSESSMENT_STARTED, MatterState.NOT_STARTED, MatterState.TRANSFERRED, MatterState.CONVERTED)) {
      Matter decided = new Matter(MatterKind.CHILD_WELFARE_NOTIFICATION, closed, DUE);
      assertThat(keys(AssessmentDecisionRules.check(start(WORKER, null), decided, DUE, Set.of(WORKER))))
          .as("%s", closed)
          .containsExactly("decision:intake.error.alreadyDecided");
    }
  }

  @Test
  void aDecisionMustBeChosen() {
    Command none = new Command(null, null, null, null, null, null);
    assertThat(keys(AssessmentDecisionRules.check(none, OPEN, DUE, Set.of())))
        .containsExactly("decision:intake.error.required");
  }

  @Test
  void everyDecisionMovesTheMatterOutOfTheOpenQueue() {
    for (AssessmentDecision d : AssessmentDecision.values()) {
      assertThat(MatterState.RECEIVED.canMoveTo(d.resultingState())).as("%s", d).isTrue();
      assertThat(d.resultingState().isOpen()).as("%s", d).isFalse();
    }
  }
}
