package fi.verso.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.client.Lsl27Ground;
import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final UUID ASSESSOR = UUID.randomUUID();
  private static final UUID WORKER = UUID.randomUUID();
  private static final AssessmentRules.Completion NOTICE =
      new AssessmentRules.Completion(WORKER, TODAY, NoticeLanguage.FI, "Lapsi ja huoltaja");

  private static AssessmentRules.Draft draft(LocalDate metOn, String notMetReason, Conclusion conclusion, Lsl27Ground ground) {
    return new AssessmentRules.Draft(
        metOn, notMetReason, metOn == null ? null : "keskustelu", metOn == null ? null : "Lapsi toivoo apua.", "Huoltajat samaa mieltä.",
        "Yhteenveto.", null, conclusion, ground);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void completingIsRefusedWhenTheChildWasNeitherMetNorAReasonGiven() {
    AssessmentRules.Draft d = draft(null, null, Conclusion.NO_NEED, null);
    List<FieldProblem> problems = AssessmentRules.completionProblems(d, NOTICE, ASSESSOR, TODAY);
    assertThat(problems).contains(new FieldProblem("childMetOn", "assessment.error.childNotMet"));
    assertThat(AssessmentRules.canComplete(d, NOTICE, ASSESSOR, TODAY)).isFalse();
  }

  @Test
  void aRecordedReasonForNotMeetingTheChildIsEnoughToComplete() {
    AssessmentRules.Draft d = draft(null, "Lapsi on vauva; nähty vain huoltajan sylissä.", Conclusion.NO_NEED, null);
    assertThat(AssessmentRules.completionProblems(d, NOTICE, ASSESSOR, TODAY)).isEmpty();
  }

  @Test
  void aBlankReasonIsNoReason() {
    assertThat(AssessmentRules.childMetOrReasonGiven(null, "   ")).isFalse();
    assertThat(AssessmentRules.childMetOrReasonGiven(TODAY, null)).isTrue();
  }

  @Test
  void aChildWhoWasMetHasTheirViewsRecordedWithTheMethod() {
    AssessmentRules.Draft d =
        new AssessmentRules.Draft(TODAY, null, null, "Lapsi toivoo apua.", null, "Yhteenveto.", null, Conclusion.NO_NEED, null);
    assertThat(AssessmentRules.completionProblems(d, NOTICE, ASSESSOR, TODAY))
        .containsExactly(new FieldProblem("childViewsMethod", "assessment.error.childViewsRequired"));
  }

  @Test
  void aMeetingCannotBeInTheFuture() {
    AssessmentRules.Draft d = draft(TODAY.plusDays(1), null, Conclusion.NO_NEED, null);
    assertThat(AssessmentRules.draftProblems(d, ASSESSOR, TODAY))
        .containsExactly(new FieldProblem("childMetOn", "assessment.error.dateInFuture"));
  }

  @Test
  void aChildWelfareConclusionNeedsItsLsl27Ground() {
    AssessmentRules.Draft d = draft(TODAY, null, Conclusion.CHILD_WELFARE_CLIENT, null);
    assertThat(fields(AssessmentRules.completionProblems(d, NOTICE, ASSESSOR, TODAY))).containsExactly("lsl27Ground");
    AssessmentRules.Draft grounded = draft(TODAY, null, Conclusion.CHILD_WELFARE_CLIENT, Lsl27Ground.OWN_BEHAVIOUR_ENDANGERS);
    assertThat(AssessmentRules.completionProblems(grounded, NOTICE, ASSESSOR, TODAY)).isEmpty();
  }

  @Test
  void aConclusionThatStartsARelationshipNeedsAResponsibleWorker() {
    AssessmentRules.Completion noWorker = new AssessmentRules.Completion(null, TODAY, NoticeLanguage.SV, "Barnet");
    assertThat(fields(AssessmentRules.completionProblems(draft(TODAY, null, Conclusion.SHL_SPECIAL_SUPPORT_CLIENT, null), noWorker, ASSESSOR, TODAY)))
        .containsExactly("responsibleWorker");
    assertThat(AssessmentRules.completionProblems(draft(TODAY, null, Conclusion.OTHER_SERVICES, null), noWorker, ASSESSOR, TODAY)).isEmpty();
  }

  @Test
  void whichConclusionStartsWhichRelationship() {
    assertThat(Conclusion.CHILD_WELFARE_CLIENT.startsRelationship()).contains(fi.verso.client.RelationshipKind.CHILD_WELFARE);
    assertThat(Conclusion.SHL_SPECIAL_SUPPORT_CLIENT.startsRelationship()).contains(fi.verso.client.RelationshipKind.SHL_SPECIAL_SUPPORT);
    assertThat(Conclusion.OTHER_SERVICES.startsRelationship()).isEmpty();
    assertThat(Conclusion.NO_NEED.startsRelationship()).isEmpty();
    assertThat(Conclusion.CHILD_WELFARE_CLIENT.needsLsl27Ground()).isTrue();
    assertThat(Conclusion.SHL_SPECIAL_SUPPORT_CLIENT.needsLsl27Ground()).isFalse();
  }

  @Test
  void anLsl27GroundIsDroppedWhenTheConclusionIsNotChildWelfare() {
    AssessmentRules.Draft d = draft(TODAY, null, Conclusion.NO_NEED, Lsl27Ground.URGENT_MEASURES).normalised();
    assertThat(d.lsl27Ground()).isNull();
    AssessmentRules.Draft kept = draft(TODAY, null, Conclusion.CHILD_WELFARE_CLIENT, Lsl27Ground.URGENT_MEASURES).normalised();
    assertThat(kept.lsl27Ground()).isEqualTo(Lsl27Ground.URGENT_MEASURES);
  }

  @Test
  void completingNeedsAConclusionASummaryAndTheNoticeToTheFamily() {
    AssessmentRules.Draft d = new AssessmentRules.Draft(TODAY, null, "keskustelu", "Lapsi toivoo apua.", null, null, null, null, null);
    AssessmentRules.Completion none = new AssessmentRules.Completion(null, null, null, null);
    assertThat(fields(AssessmentRules.completionProblems(d, none, ASSESSOR, TODAY)))
        .containsExactly("summary", "conclusion", "noticeSentOn", "noticeLanguage", "noticeRecipients");
  }

  @Test
  void theNoticeCannotBeDatedInTheFuture() {
    AssessmentRules.Completion tomorrow = new AssessmentRules.Completion(WORKER, TODAY.plusDays(1), NoticeLanguage.FI, "Lapsi");
    assertThat(AssessmentRules.completionProblems(draft(TODAY, null, Conclusion.NO_NEED, null), tomorrow, ASSESSOR, TODAY))
        .containsExactly(new FieldProblem("noticeSentOn", "assessment.error.dateInFuture"));
  }

  @Test
  void theAssessorCannotBeTheirOwnWorkPair() {
    AssessmentRules.Draft d =
        new AssessmentRules.Draft(null, null, null, null, null, null, ASSESSOR, null, null);
    assertThat(fields(AssessmentRules.draftProblems(d, ASSESSOR, TODAY))).containsExactly("workPair");
  }

  @Test
  void theCompletionClockCountsCalendarDaysToThePlainDueDate() {
    LocalDate due = LocalDate.of(2026, 3, 14); // a Saturday: not moved to Monday
    assertThat(AssessmentRules.clock(due, TODAY, Optional.empty()))
        .isEqualTo(new CompletionClock(due, CompletionClock.State.DUE_LATER, 4));
    assertThat(AssessmentRules.clock(due, due, Optional.empty()).state()).isEqualTo(CompletionClock.State.DUE_TODAY);
    assertThat(AssessmentRules.clock(due, LocalDate.of(2026, 3, 16), Optional.empty()))
        .isEqualTo(new CompletionClock(due, CompletionClock.State.OVERDUE, 2));
  }

  @Test
  void aCompletedAssessmentShowsWhetherItWasOnTime() {
    LocalDate due = LocalDate.of(2026, 3, 14);
    assertThat(AssessmentRules.clock(due, TODAY, Optional.of(due)).state()).isEqualTo(CompletionClock.State.COMPLETED_IN_TIME);
    assertThat(AssessmentRules.clock(due, TODAY, Optional.of(LocalDate.of(2026, 3, 20))))
        .isEqualTo(new CompletionClock(due, CompletionClock.State.COMPLETED_LATE, 6));
  }
}
