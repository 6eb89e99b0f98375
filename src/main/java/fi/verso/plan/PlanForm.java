package fi.verso.plan;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A client plan as typed, every value kept as text so that a refused or conflicting save comes back exactly as
 * it was sent. {@code basedOnRevision} is the revision the worker started from (0 for the first plan): a save
 * based on an older revision than the latest is refused.
 *
 * <p>Goals are a repeating group that works without JavaScript: rows are named {@code goal-<n>-text},
 * {@code goal-<n>-estimatedBy}, {@code goal-<n>-status} and {@code goal-<n>-remove}; the "add a goal" button
 * sends the form back with one more empty row, and rows marked for removal are dropped whenever it comes back.
 */
public record PlanForm(
    int basedOnRevision,
    String madeOn,
    String circumstances,
    String supportNeeds,
    List<GoalRow> goals,
    String services,
    String meetingEveryWeeks,
    String participants,
    String participantViews,
    String childViewMethod,
    String childViewContent,
    String dissentingViews) {

  /** At least this many goal rows are offered, and always one empty row after the written ones. */
  static final int MIN_ROWS = 3;

  static final int MAX_ROWS = 40;
  static final int TEXT_MAX = 20000;
  static final int GOAL_MAX = 2000;
  private static final Pattern ROW = Pattern.compile("goal-(\\d{1,3})-(text|estimatedBy|status|remove)");
  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  public record GoalRow(String text, String estimatedBy, String status, boolean remove) {
    public GoalRow {
      text = clean(text);
      estimatedBy = clean(estimatedBy);
      status = clean(status).isEmpty() ? GoalStatus.NOT_STARTED.name() : clean(status);
    }

    static GoalRow empty() {
      return new GoalRow("", "", GoalStatus.NOT_STARTED.name(), false);
    }

    boolean isBlank() {
      return text.isEmpty() && estimatedBy.isEmpty();
    }
  }

  public PlanForm {
    madeOn = clean(madeOn);
    circumstances = clean(circumstances);
    supportNeeds = clean(supportNeeds);
    goals = List.copyOf(goals);
    services = clean(services);
    meetingEveryWeeks = clean(meetingEveryWeeks);
    participants = clean(participants);
    participantViews = clean(participantViews);
    childViewMethod = clean(childViewMethod);
    childViewContent = clean(childViewContent);
    dissentingViews = clean(dissentingViews);
  }

  static PlanForm fromParameters(MultiValueMap<String, String> p) {
    Map<Integer, String[]> rows = new TreeMap<>();
    for (String name : p.keySet()) {
      Matcher m = ROW.matcher(name);
      if (m.matches()) {
        String[] row = rows.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new String[4]);
        int slot =
            switch (m.group(2)) {
              case "text" -> 0;
              case "estimatedBy" -> 1;
              case "status" -> 2;
              default -> 3;
            };
        row[slot] = p.getFirst(name);
      }
    }
    List<GoalRow> goals = new ArrayList<>();
    for (String[] row : rows.values()) {
      if (goals.size() < MAX_ROWS) {
        goals.add(new GoalRow(row[0], row[1], row[2], "true".equals(row[3])));
      }
    }
    int based;
    try {
      based = Integer.parseInt(clean(p.getFirst("basedOnRevision")));
    } catch (NumberFormatException e) {
      based = -1; // not a revision anyone saved: treated as stale
    }
    return new PlanForm(
        based,
        p.getFirst("madeOn"),
        p.getFirst("circumstances"),
        p.getFirst("supportNeeds"),
        goals,
        p.getFirst("services"),
        p.getFirst("meetingEveryWeeks"),
        p.getFirst("participants"),
        p.getFirst("participantViews"),
        p.getFirst("childViewMethod"),
        p.getFirst("childViewContent"),
        p.getFirst("dissentingViews"));
  }

  /** The first plan of a relationship, made today. */
  static PlanForm first(LocalDate today) {
    return new PlanForm(0, today.toString(), "", "", List.of(), "", "", "", "", "", "", "").withRoomForGoals();
  }

  /** A new revision starts from the latest one, made today. */
  static PlanForm from(PlanRevision revision, LocalDate today) {
    PlanContent c = revision.content();
    List<GoalRow> goals =
        c.goals().stream()
            .map(g -> new GoalRow(g.goal(), g.estimatedBy().toString(), g.status().name(), false))
            .toList();
    return new PlanForm(
            revision.number(),
            today.toString(),
            c.circumstances(),
            c.supportNeeds(),
            goals,
            c.services(),
            String.valueOf(c.meetingEveryWeeks()),
            c.participants(),
            c.participantViews(),
            c.childViewMethod(),
            c.childViewContent(),
            c.dissentingViews())
        .withRoomForGoals();
  }

  /** Drops the rows marked for removal and makes sure there is an empty row to write a new goal in. */
  PlanForm withRoomForGoals() {
    List<GoalRow> kept = new ArrayList<>(goals.stream().filter(g -> !g.remove()).toList());
    if (kept.isEmpty() || !kept.getLast().isBlank()) {
      kept.add(GoalRow.empty());
    }
    while (kept.size() < MIN_ROWS) {
      kept.add(GoalRow.empty());
    }
    return withGoals(kept);
  }

  /** The "add a goal" button: the same form with one more empty row. */
  PlanForm withOneMoreRow() {
    List<GoalRow> kept = new ArrayList<>(goals.stream().filter(g -> !g.remove()).toList());
    if (kept.size() < MAX_ROWS) {
      kept.add(GoalRow.empty());
    }
    return withGoals(kept);
  }

  PlanForm basedOn(int revision) {
    return new PlanForm(
        revision, madeOn, circumstances, supportNeeds, goals, services, meetingEveryWeeks, participants,
        participantViews, childViewMethod, childViewContent, dissentingViews);
  }

  private PlanForm withGoals(List<GoalRow> rows) {
    return new PlanForm(
        basedOnRevision, madeOn, circumstances, supportNeeds, rows, services, meetingEveryWeeks, participants,
        participantViews, childViewMethod, childViewContent, dissentingViews);
  }

  sealed interface Checked {
    record Valid(PlanContent content) implements Checked {}

    record Invalid(List<FieldProblem> problems) implements Checked {}
  }

  /**
   * Every problem at once, in the order of the form. Rows marked for removal and empty rows are not part of the
   * plan; at least one goal is. The plan cannot be dated in the future.
   */
  Checked check(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate made = date(madeOn);
    if (madeOn.isEmpty()) {
      problems.add(new FieldProblem("madeOn", "plan.error.madeOn.missing"));
    } else if (made == null) {
      problems.add(new FieldProblem("madeOn", "plan.error.date.invalid"));
    } else if (made.isAfter(today)) {
      problems.add(new FieldProblem("madeOn", "plan.error.madeOn.future"));
    }
    required(problems, "circumstances", circumstances);
    required(problems, "supportNeeds", supportNeeds);
    List<PlanGoal> parsedGoals = new ArrayList<>();
    int written = 0;
    for (int i = 0; i < goals.size(); i++) {
      GoalRow row = goals.get(i);
      if (row.remove() || row.isBlank()) {
        continue;
      }
      written++;
      String prefix = "goal-" + (i + 1) + "-";
      // Rows are labelled by their place on the page ("Goal 2"), and so are their problems.
      List<Object> rowNumber = List.of(i + 1);
      if (row.text().isEmpty()) {
        problems.add(new FieldProblem(prefix + "text", "plan.error.goal.text.missing", rowNumber));
      } else if (row.text().length() > GOAL_MAX) {
        problems.add(new FieldProblem(prefix + "text", "plan.error.goal.text.tooLong", List.of(i + 1, GOAL_MAX)));
      }
      LocalDate by = date(row.estimatedBy());
      if (row.estimatedBy().isEmpty()) {
        problems.add(new FieldProblem(prefix + "estimatedBy", "plan.error.goal.estimatedBy.missing", rowNumber));
      } else if (by == null) {
        problems.add(new FieldProblem(prefix + "estimatedBy", "plan.error.goal.estimatedBy.invalid", rowNumber));
      }
      GoalStatus status = status(row.status());
      if (status == null) {
        problems.add(new FieldProblem(prefix + "status", "plan.error.goal.status.missing", rowNumber));
      }
      parsedGoals.add(new PlanGoal(row.text(), by, status));
    }
    if (written == 0) {
      problems.add(new FieldProblem("goal-1-text", "plan.error.goals.missing"));
    }
    required(problems, "services", services);
    Integer weeks = null;
    if (meetingEveryWeeks.isEmpty()) {
      problems.add(new FieldProblem("meetingEveryWeeks", "plan.error.meetingEveryWeeks.missing"));
    } else {
      try {
        weeks = Integer.valueOf(meetingEveryWeeks);
      } catch (NumberFormatException e) {
        weeks = null;
      }
      if (weeks == null || weeks < 1 || weeks > 52) {
        problems.add(new FieldProblem("meetingEveryWeeks", "plan.error.meetingEveryWeeks.range"));
      }
    }
    required(problems, "participants", participants);
    required(problems, "participantViews", participantViews);
    required(problems, "childViewMethod", childViewMethod);
    required(problems, "childViewContent", childViewContent);
    if (dissentingViews.length() > TEXT_MAX) {
      problems.add(new FieldProblem("dissentingViews", "plan.error.tooLong", List.of(TEXT_MAX)));
    }
    if (!problems.isEmpty()) {
      return new Checked.Invalid(List.copyOf(problems));
    }
    return new Checked.Valid(
        new PlanContent(
            made,
            circumstances,
            supportNeeds,
            parsedGoals,
            services,
            weeks,
            participants,
            participantViews,
            childViewMethod,
            childViewContent,
            dissentingViews));
  }

  private static void required(List<FieldProblem> problems, String field, String value) {
    if (value.isEmpty()) {
      problems.add(new FieldProblem(field, "plan.error." + field + ".missing"));
    } else if (value.length() > TEXT_MAX) {
      problems.add(new FieldProblem(field, "plan.error.tooLong", List.of(TEXT_MAX)));
    }
  }

  /** A date input sends 2026-03-01; a date typed by hand in Finnish style, 1.3.2026, is understood too. */
  static LocalDate date(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return value.contains(".") ? LocalDate.parse(value, FINNISH_DATE) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static GoalStatus status(String value) {
    for (GoalStatus s : GoalStatus.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }

  /** Browsers send line breaks in text areas as CRLF; they are stored as LF. */
  private static String clean(String s) {
    return s == null ? "" : s.replace("\r\n", "\n").strip();
  }
}
