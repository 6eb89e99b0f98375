package fi.verso.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two versions of a plan compared field by field, as text, so that a screen reader reads the comparison as
 * plainly as a sighted user sees it. Goals are matched by their wording: a goal reworded shows as one removed
 * and one added.
 */
public record PlanDiff(List<FieldChange> fields, List<GoalChange> goals) {

  /** The fields of a plan in the order the page shows them; each has a message key plan.field.&lt;name&gt;. */
  public static final List<String> FIELDS =
      List.of(
          "madeOn",
          "circumstances",
          "supportNeeds",
          "services",
          "meetingEveryWeeks",
          "participants",
          "participantViews",
          "childViewMethod",
          "childViewContent",
          "dissentingViews");

  public record FieldChange(String field, String before, String after) {
    public boolean changed() {
      return !Objects.equals(before, after);
    }
  }

  public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  /** A goal in both versions, or only in one (the other side is null). */
  public record GoalChange(Change change, PlanGoal before, PlanGoal after) {}

  public PlanDiff {
    fields = List.copyOf(fields);
    goals = List.copyOf(goals);
  }

  /**
   * {@code before} is null when {@code after} is the first version: everything is then added. Dates are
   * written with {@code date} so the comparison reads in the page's language.
   */
  public static PlanDiff between(PlanContent before, PlanContent after, Function<LocalDate, String> date) {
    Objects.requireNonNull(after, "after");
    Map<String, String> old = before == null ? Map.of() : texts(before, date);
    Map<String, String> now = texts(after, date);
    List<FieldChange> fields = new ArrayList<>();
    for (String field : FIELDS) {
      fields.add(new FieldChange(field, old.getOrDefault(field, ""), now.get(field)));
    }
    return new PlanDiff(fields, goals(before == null ? List.of() : before.goals(), after.goals()));
  }

  public List<FieldChange> changedFields() {
    return fields.stream().filter(FieldChange::changed).toList();
  }

  public boolean goalsChanged() {
    return goals.stream().anyMatch(g -> g.change() != Change.UNCHANGED);
  }

  public boolean anyChange() {
    return !changedFields().isEmpty() || goalsChanged();
  }

  private static Map<String, String> texts(PlanContent c, Function<LocalDate, String> date) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("madeOn", date.apply(c.madeOn()));
    t.put("circumstances", c.circumstances());
    t.put("supportNeeds", c.supportNeeds());
    t.put("services", c.services());
    t.put("meetingEveryWeeks", String.valueOf(c.meetingEveryWeeks()));
    t.put("participants", c.participants());
    t.put("participantViews", c.participantViews());
    t.put("childViewMethod", c.childViewMethod());
    t.put("childViewContent", c.childViewContent());
    t.put("dissentingViews", c.dissentingViews());
    return t;
  }

  private static List<GoalChange> goals(List<PlanGoal> before, List<PlanGoal> after) {
    List<PlanGoal> unmatched = new ArrayList<>(before);
    List<GoalChange> changes = new ArrayList<>();
    for (PlanGoal goal : after) {
      PlanGoal earlier =
          unmatched.stream().filter(b -> key(b).equals(key(goal))).findFirst().orElse(null);
      if (earlier == null) {
        changes.add(new GoalChange(Change.ADDED, null, goal));
      } else {
        unmatched.remove(earlier);
        changes.add(new GoalChange(earlier.equals(goal) ? Change.UNCHANGED : Change.CHANGED, earlier, goal));
      }
    }
    unmatched.forEach(b -> changes.add(new GoalChange(Change.REMOVED, b, null)));
    return changes;
  }

  private static String key(PlanGoal goal) {
    return goal.goal().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
