package fi.verso.plan;

import java.time.LocalDate;
import java.util.List;

/** What a client plan says (LSL 30 §, SHL 39 §), as one revision holds it. */
public record PlanContent(
    LocalDate madeOn,
    String circumstances,
    String supportNeeds,
    List<PlanGoal> goals,
    String services,
    int meetingEveryWeeks,
    String participants,
    String participantViews,
    String childViewMethod,
    String childViewContent,
    String dissentingViews) {

  public PlanContent {
    goals = List.copyOf(goals);
  }
}
