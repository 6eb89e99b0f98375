package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDiffTest {
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

  private static PlanContent plan(String services, int weeks, PlanGoal... goals) {
    return new PlanContent(
        MARCH, "Olosuhteet", "Tarpeet", List.of(goals), services, weeks, "Lapsi, äiti", "Näkemykset", "Keskustelu",
        "Lapsi toivoo", "");
  }

  private static PlanGoal goal(String text, GoalStatus status) {
    return new PlanGoal(text, LocalDate.of(2026, 9, 1), status);
  }

  @Test
  void everyFieldIsComparedAndOnlyTheChangedOnesAreMarked() {
    PlanDiff diff =
        PlanDiff.between(plan("Perhetyö", 4), plan("Perhetyö ja tukiperhe", 2), LocalDate::toString);

    assertThat(diff.fields()).extracting(PlanDiff.FieldChange::field).containsExactlyElementsOf(PlanDiff.FIELDS);
    assertThat(diff.changedFields())
        .containsExactly(
            new PlanDiff.FieldChange("services", "Perhetyö", "Perhetyö ja tukiperhe"),
            new PlanDiff.FieldChange("meetingEveryWeeks", "4", "2"));
    assertThat(diff.anyChange()).isTrue();
  }

  @Test
  void goalsAreMatchedByTheirWordingWhateverTheirOrderOrSpacing() {
    PlanDiff diff =
        PlanDiff.between(
            plan("Perhetyö", 4, goal("Lapsi käy koulua", GoalStatus.IN_PROGRESS), goal("Rutiinit", GoalStatus.NOT_STARTED)),
            plan("Perhetyö", 4, goal("Rutiinit", GoalStatus.NOT_STARTED), goal("lapsi  käy koulua ", GoalStatus.REACHED),
                goal("Harrastus", GoalStatus.NOT_STARTED)),
            LocalDate::toString);

    assertThat(diff.goals())
        .extracting(PlanDiff.GoalChange::change)
        .containsExactly(PlanDiff.Change.UNCHANGED, PlanDiff.Change.CHANGED, PlanDiff.Change.ADDED);
    assertThat(diff.goals().get(1).before().status()).isEqualTo(GoalStatus.IN_PROGRESS);
    assertThat(diff.goals().get(1).after().status()).isEqualTo(GoalStatus.REACHED);
    assertThat(diff.goalsChanged()).isTrue();
  }

  @Test
  void aRemovedGoalIsListedAfterTheCurrentOnes() {
    PlanDiff diff =
        PlanDiff.between(
            plan("Perhetyö", 4, goal("Vanha", GoalStatus.NOT_REACHED), goal("Pysyvä", GoalStatus.IN_PROGRESS)),
            plan("Perhetyö", 4, goal("Pysyvä", GoalStatus.IN_PROGRESS)),
            LocalDate::toString);

    assertThat(diff.goals())
        .containsExactly(
            new PlanDiff.GoalChange(PlanDiff.Change.UNCHANGED, goal("Pysyvä", GoalStatus.IN_PROGRESS), goal("Pysyvä", GoalStatus.IN_PROGRESS)),
            new PlanDiff.GoalChange(PlanDiff.Change.REMOVED, goal("Vanha", GoalStatus.NOT_REACHED), null));
  }

  @Test
  void identicalVersionsHaveNoChange() {
    PlanContent same = plan("Perhetyö", 4, goal("Rutiinit", GoalStatus.IN_PROGRESS));
    assertThat(PlanDiff.between(same, same, LocalDate::toString).anyChange()).isFalse();
  }

  @Test
  void datesAreWrittenByTheGivenFormat() {
    PlanDiff diff = PlanDiff.between(plan("a", 1), plan("a", 1), d -> d.getDayOfMonth() + "." + d.getMonthValue() + ".");
    assertThat(diff.fields().getFirst()).isEqualTo(new PlanDiff.FieldChange("madeOn", "1.3.", "1.3."));
  }
}
