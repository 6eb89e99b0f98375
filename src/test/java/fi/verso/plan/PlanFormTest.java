package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PlanFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static MultiValueMap<String, String> complete() {
    MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
    p.add("basedOnRevision", "2");
    p.add("madeOn", "2026-03-09");
    p.add("circumstances", "Olosuhteet\r\ntoinen rivi");
    p.add("supportNeeds", "Tarpeet");
    p.add("services", "Perhetyö");
    p.add("meetingEveryWeeks", "4");
    p.add("participants", "Lapsi, äiti");
    p.add("participantViews", "Äiti toivoo tukea");
    p.add("childViewMethod", "Keskustelu");
    p.add("childViewContent", "Lapsi toivoo harrastusta");
    p.add("goal-1-text", "Lapsi käy koulua");
    p.add("goal-1-estimatedBy", "2026-06-01");
    p.add("goal-1-status", "IN_PROGRESS");
    p.add("goal-2-text", "");
    p.add("goal-2-estimatedBy", "");
    p.add("goal-2-status", "NOT_STARTED");
    return p;
  }

  private static List<FieldProblem> problems(PlanForm form) {
    return form.check(TODAY) instanceof PlanForm.Checked.Invalid invalid ? invalid.problems() : List.of();
  }

  @Test
  void aCompleteFormBecomesThePlanWithoutItsEmptyGoalRows() {
    PlanForm form = PlanForm.fromParameters(complete());
    PlanContent content = ((PlanForm.Checked.Valid) form.check(TODAY)).content();

    assertThat(form.basedOnRevision()).isEqualTo(2);
    assertThat(content.circumstances()).isEqualTo("Olosuhteet\ntoinen rivi");
    assertThat(content.goals())
        .containsExactly(new PlanGoal("Lapsi käy koulua", LocalDate.of(2026, 6, 1), GoalStatus.IN_PROGRESS));
    assertThat(content.meetingEveryWeeks()).isEqualTo(4);
    assertThat(content.dissentingViews()).isEmpty();
  }

  @Test
  void addingAGoalRowKeepsEverythingTypedAndAddsOneEmptyRow() {
    MultiValueMap<String, String> p = complete();
    p.set("goal-2-text", "Rutiinit");
    p.set("goal-2-estimatedBy", "1.8.2026");
    PlanForm form = PlanForm.fromParameters(p).withRoomForGoals().withOneMoreRow();

    assertThat(form.goals()).hasSize(4);
    assertThat(form.goals().get(1)).isEqualTo(new PlanForm.GoalRow("Rutiinit", "1.8.2026", "NOT_STARTED", false));
    assertThat(form.goals().get(3).text()).isEmpty();
    assertThat(form.circumstances()).isEqualTo("Olosuhteet\ntoinen rivi");
  }

  @Test
  void aRowMarkedForRemovalIsDroppedAndNotSaved() {
    MultiValueMap<String, String> p = complete();
    p.add("goal-3-text", "Poistettava");
    p.add("goal-3-estimatedBy", "2026-07-01");
    p.add("goal-3-status", "NOT_STARTED");
    p.add("goal-3-remove", "true");
    PlanForm form = PlanForm.fromParameters(p);

    assertThat(((PlanForm.Checked.Valid) form.check(TODAY)).content().goals()).hasSize(1);
    assertThat(form.withRoomForGoals().goals()).extracting(PlanForm.GoalRow::text).doesNotContain("Poistettava");
  }

  @Test
  void aFormNeedsAGoalAndEveryWrittenGoalItsTimeAndTheProblemsNameTheRow() {
    MultiValueMap<String, String> p = complete();
    p.set("goal-1-text", "");
    p.set("goal-1-estimatedBy", "");
    assertThat(problems(PlanForm.fromParameters(p)))
        .containsExactly(new FieldProblem("goal-1-text", "plan.error.goals.missing"));

    p.set("goal-2-text", "Ilman aikaa");
    assertThat(problems(PlanForm.fromParameters(p)))
        .containsExactly(new FieldProblem("goal-2-estimatedBy", "plan.error.goal.estimatedBy.missing", List.of(2)));
  }

  @Test
  void everyRequiredFieldIsReportedAtOnceInTheOrderOfTheForm() {
    MultiValueMap<String, String> p = complete();
    p.set("madeOn", "2026-03-11");
    p.set("supportNeeds", " ");
    p.set("meetingEveryWeeks", "0");
    p.set("childViewMethod", "");
    assertThat(problems(PlanForm.fromParameters(p)))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("madeOn", "plan.error.madeOn.future"),
            org.assertj.core.groups.Tuple.tuple("supportNeeds", "plan.error.supportNeeds.missing"),
            org.assertj.core.groups.Tuple.tuple("meetingEveryWeeks", "plan.error.meetingEveryWeeks.range"),
            org.assertj.core.groups.Tuple.tuple("childViewMethod", "plan.error.childViewMethod.missing"));
  }

  @Test
  void aMissingOrGarbledBaseRevisionCountsAsNoRevisionAnyoneSaved() {
    MultiValueMap<String, String> p = complete();
    p.set("basedOnRevision", "x");
    assertThat(PlanForm.fromParameters(p).basedOnRevision()).isEqualTo(-1);
  }

  @Test
  void aNewVersionStartsFromTheLatestMadeTodayWithRoomForANewGoal() {
    PlanRevision latest =
        new PlanRevision(
            java.util.UUID.randomUUID(),
            3,
            new PlanContent(
                LocalDate.of(2025, 9, 1), "O", "T",
                List.of(new PlanGoal("G", LocalDate.of(2026, 1, 1), GoalStatus.REACHED)), "P", 6, "Os", "N", "M",
                "S", "E"),
            "Worker",
            java.time.Instant.EPOCH);
    PlanForm form = PlanForm.from(latest, TODAY);

    assertThat(form.basedOnRevision()).isEqualTo(3);
    assertThat(form.madeOn()).isEqualTo("2026-03-10");
    assertThat(form.goals()).hasSize(PlanForm.MIN_ROWS);
    assertThat(form.goals().getFirst()).isEqualTo(new PlanForm.GoalRow("G", "2026-01-01", "REACHED", false));
    assertThat(form.meetingEveryWeeks()).isEqualTo("6");
  }
}
