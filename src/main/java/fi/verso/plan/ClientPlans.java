package fi.verso.plan;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.casenote.CaseNotes;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client plans: read, compared and saved as new revisions, every read and write in the access log. Callers check
 * access first ({@link Action#CHILD_RECORDS_VIEW}, {@link Action#CHILD_RECORDS_WRITE}).
 */
@Service
public class ClientPlans {
  private final NamedParameterJdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final CaseNotes caseNotes;
  private final Clock clock;

  ClientPlans(NamedParameterJdbcTemplate jdbc, AccessLog accessLog, CaseNotes caseNotes, Clock clock) {
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.caseNotes = caseNotes;
    this.clock = clock;
  }

  /** The client relationship a plan belongs to. Only an active relationship's plan can be revised. */
  public record Relationship(UUID id, PlanBasis basis, boolean active, LocalDate startedOn) {}

  public record RevisionSummary(int number, LocalDate madeOn, String savedBy, Instant savedAt) {}

  /** A child's plan as the plan page shows it, with the clocks that run from it. */
  public record ChildPlan(
      UUID childId,
      String childName,
      Optional<Relationship> relationship,
      Optional<PlanRevision> current,
      List<RevisionSummary> revisions,
      Optional<LocalDate> firstMadeOn,
      Optional<LocalDate> lastMetPersonally) {

    public Optional<LocalDate> reviewDue() {
      return relationship.flatMap(
          r -> current.flatMap(c -> PlanReviewPolicy.reviewDue(r.basis(), c.content().madeOn())));
    }

    public Optional<LocalDate> nextMeetingDue() {
      return current.flatMap(
          c ->
              firstMadeOn.map(
                  first ->
                      ChildMeetingPolicy.nextMeetingDue(lastMetPersonally, first, c.content().meetingEveryWeeks())));
    }

    public boolean mayBeRevised() {
      return relationship.map(Relationship::active).orElse(false);
    }

    public int latestNumber() {
      return current.map(PlanRevision::number).orElse(0);
    }
  }

  /** A revision with the one before it (none for the first), and the number of the latest revision. */
  public record RevisionPair(
      UUID childId, String childName, PlanRevision revision, Optional<PlanRevision> previous, int latest) {}

  public sealed interface SaveOutcome {
    record Saved(int revision) implements SaveOutcome {}

    record Invalid(List<FieldProblem> problems) implements SaveOutcome {}

    /**
     * Someone saved a newer revision than the one this save started from: nothing was saved. {@code typed} is
     * what this save would have saved, to be shown beside {@code current}.
     */
    record Conflict(PlanRevision current, PlanContent typed) implements SaveOutcome {}

    record NoActiveRelationship() implements SaveOutcome {}

    record NotFound() implements SaveOutcome {}
  }

  @Transactional
  public Optional<ChildPlan> view(Actor.Employee actor, UUID childId) {
    Optional<String> name = childName(actor, childId);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Relationship> relationship = relationship(actor, childId);
    Optional<PlanRevision> current = Optional.empty();
    List<RevisionSummary> revisions = List.of();
    Optional<LocalDate> firstMadeOn = Optional.empty();
    if (relationship.isPresent()) {
      MapSqlParameterSource p = new MapSqlParameterSource("relationshipId", relationship.get().id());
      current = withGoals(jdbc.query(PlanQueries.LATEST_REVISION, p, PlanQueries.REVISION)).stream().findFirst();
      revisions =
          jdbc.query(
              PlanQueries.REVISIONS,
              p,
              (rs, i) ->
                  new RevisionSummary(
                      rs.getInt("revision"),
                      rs.getObject("made_on", LocalDate.class),
                      rs.getString("saved_by"),
                      rs.getTimestamp("created_at").toInstant()));
      firstMadeOn = jdbc.queryForList(PlanQueries.FIRST_MADE_ON, p, LocalDate.class).stream().findFirst();
    }
    logRead(actor, childId, relationship);
    return Optional.of(
        new ChildPlan(
            childId,
            name.get(),
            relationship,
            current,
            revisions,
            firstMadeOn,
            caseNotes.lastMetPersonally(childId)));
  }

  @Transactional
  public Optional<RevisionPair> revision(Actor.Employee actor, UUID childId, int number) {
    Optional<String> name = childName(actor, childId);
    Optional<Relationship> relationship = name.flatMap(n -> relationship(actor, childId));
    if (relationship.isEmpty()) {
      return Optional.empty();
    }
    MapSqlParameterSource p =
        new MapSqlParameterSource("relationshipId", relationship.get().id()).addValue("revision", number);
    List<PlanRevision> pair = withGoals(jdbc.query(PlanQueries.REVISION_AND_PREVIOUS, p, PlanQueries.REVISION));
    if (pair.isEmpty() || pair.getFirst().number() != number) {
      return Optional.empty();
    }
    Integer latest = jdbc.queryForObject(PlanQueries.LATEST_NUMBER, p, Integer.class);
    logRead(actor, childId, relationship);
    return Optional.of(
        new RevisionPair(
            childId, name.get(), pair.getFirst(), pair.stream().skip(1).findFirst(), latest == null ? 0 : latest));
  }

  /**
   * Saves the form as the next revision, unless it is invalid, or someone saved a newer revision than the one
   * it started from: then nothing is saved and the newer revision is returned to be shown beside the typed one.
   */
  @Transactional
  public SaveOutcome save(Actor.Employee actor, UUID childId, PlanForm form) {
    if (childName(actor, childId).isEmpty()) {
      return new SaveOutcome.NotFound();
    }
    Optional<Relationship> relationship = relationship(actor, childId).filter(Relationship::active);
    if (relationship.isEmpty()) {
      return new SaveOutcome.NoActiveRelationship();
    }
    PlanContent content;
    switch (form.check(LocalDate.now(clock))) {
      case PlanForm.Checked.Invalid invalid -> {
        return new SaveOutcome.Invalid(invalid.problems());
      }
      case PlanForm.Checked.Valid valid -> content = valid.content();
    }
    UUID relationshipId = relationship.get().id();
    MapSqlParameterSource p = new MapSqlParameterSource("relationshipId", relationshipId);
    Integer latest = jdbc.queryForObject(PlanQueries.LATEST_NUMBER, p, Integer.class);
    if (latest != null && latest != 0 && latest != form.basedOnRevision()) {
      return conflict(actor, childId, relationship, content);
    }
    int number = (latest == null ? 0 : latest) + 1;
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.update(
            PlanQueries.INSERT_REVISION,
            new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("countyId", actor.countyId())
                .addValue("relationshipId", relationshipId)
                .addValue("childId", childId)
                .addValue("revision", number)
                .addValue("madeOn", content.madeOn())
                .addValue("circumstances", content.circumstances())
                .addValue("supportNeeds", content.supportNeeds())
                .addValue("services", content.services())
                .addValue("meetingEveryWeeks", content.meetingEveryWeeks())
                .addValue("participants", content.participants())
                .addValue("participantViews", content.participantViews())
                .addValue("childViewMethod", content.childViewMethod())
                .addValue("childViewContent", content.childViewContent())
                .addValue("dissentingViews", content.dissentingViews())
                .addValue("savedBy", actor.id())
                .addValue("createdAt", Timestamp.from(clock.instant())));
    if (inserted == 0) {
      // Another save made the same revision number between our read and our insert.
      return conflict(actor, childId, relationship, content);
    }
    List<PlanGoal> goals = content.goals();
    MapSqlParameterSource[] rows = new MapSqlParameterSource[goals.size()];
    for (int i = 0; i < goals.size(); i++) {
      rows[i] =
          new MapSqlParameterSource("revisionId", id)
              .addValue("position", i + 1)
              .addValue("goal", goals.get(i).goal())
              .addValue("estimatedBy", goals.get(i).estimatedBy())
              .addValue("status", goals.get(i).status().name());
    }
    jdbc.batchUpdate(PlanQueries.INSERT_GOAL, rows);
    accessLog.record(
        actor,
        Action.CHILD_RECORDS_WRITE,
        Purpose.CLIENT_SERVICE,
        AccessTarget.of("client_plan_revision", id).concerningChildren(List.of(childId)));
    return new SaveOutcome.Saved(number);
  }

  private SaveOutcome conflict(
      Actor.Employee actor, UUID childId, Optional<Relationship> relationship, PlanContent typed) {
    PlanRevision current =
        withGoals(
                jdbc.query(
                    PlanQueries.LATEST_REVISION,
                    new MapSqlParameterSource("relationshipId", relationship.orElseThrow().id()),
                    PlanQueries.REVISION))
            .getFirst();
    logRead(actor, childId, relationship);
    return new SaveOutcome.Conflict(current, typed);
  }

  /** Reads the goals of all the revisions in one query. */
  private List<PlanRevision> withGoals(List<PlanQueries.RevisionRow> revisions) {
    if (revisions.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<PlanGoal>> goals = new HashMap<>();
    jdbc.query(
        PlanQueries.GOALS,
        new MapSqlParameterSource("revisionIds", revisions.stream().map(PlanQueries.RevisionRow::id).toList()),
        rs -> {
          goals
              .computeIfAbsent(rs.getObject("revision_id", UUID.class), k -> new ArrayList<>())
              .add(PlanQueries.GOAL.mapRow(rs, 0));
        });
    return revisions.stream().map(r -> r.withGoals(goals.getOrDefault(r.id(), List.of()))).toList();
  }

  private Optional<String> childName(Actor.Employee actor, UUID childId) {
    return jdbc
        .query(
            PlanQueries.CHILD_NAME,
            params(actor, childId),
            (rs, i) -> (rs.getString("first_name") + " " + rs.getString("last_name")).strip())
        .stream()
        .findFirst();
  }

  private Optional<Relationship> relationship(Actor.Employee actor, UUID childId) {
    return jdbc
        .query(
            PlanQueries.RELATIONSHIP,
            params(actor, childId),
            (rs, i) ->
                new Relationship(
                    rs.getObject("id", UUID.class),
                    PlanBasis.valueOf(rs.getString("kind")),
                    "ACTIVE".equals(rs.getString("state")),
                    rs.getObject("started_on", LocalDate.class)))
        .stream()
        .findFirst();
  }

  private void logRead(Actor.Employee actor, UUID childId, Optional<Relationship> relationship) {
    AccessTarget target =
        relationship
            .map(r -> AccessTarget.of("client_plan", r.id()))
            .orElse(AccessTarget.of("child", childId));
    accessLog.record(
        actor, Action.CHILD_RECORDS_VIEW, Purpose.CLIENT_SERVICE, target.concerningChildren(List.of(childId)));
  }

  private static MapSqlParameterSource params(Actor.Employee actor, UUID childId) {
    return new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId());
  }
}
