package fi.verso.client;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.person.People;
import fi.verso.person.Person;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client relationships (asiakkuus): started from a completed assessment, with a qualified responsible social
 * worker under the caseload cap (LSL 13 b §), transferred with the history kept, ended with a reason. Every
 * read and change writes the access log in the same transaction.
 *
 * <p>Reads that log are plain {@code @Transactional}: a read-only transaction would refuse the log insert.
 */
@Service
public class Clients {
  static final int NOTE_MAX = 2000;
  static final int NAME_MAX = 200;

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final People people;
  private final ObjectProvider<ChildAssessments> assessments;

  private final ObjectProvider<OpenMeasures> openMeasures;

  Clients(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      AccessLog accessLog,
      People people,
      ObjectProvider<ChildAssessments> assessments,
      ObjectProvider<OpenMeasures> openMeasures) {
    this.openMeasures = openMeasures;
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.people = people;
    this.assessments = assessments;
  }

  public sealed interface StartOutcome {
    record Started(UUID id) implements StartOutcome {}

    record Refused(List<FieldProblem> problems) implements StartOutcome {}
  }

  /** A change to a relationship: done, refused with every problem, stale (someone saved first) or not found. */
  public sealed interface Outcome {
    record Done() implements Outcome {}

    record Invalid(List<FieldProblem> problems) implements Outcome {}

    record Stale() implements Outcome {}

    record NotFound() implements Outcome {}
  }

  /**
   * Starts a client relationship, in the caller's transaction: with the responsible worker and work pair as
   * the first worker periods and the child's guardians as the first family members. Refused, with nothing
   * written, when the worker is not a qualified social worker, the cap would be exceeded, or the child already
   * has an active relationship of this kind.
   */
  @Transactional
  public StartOutcome start(Actor actor, StartRelationship cmd) {
    if (cmd.responsibleWorkerId() != null) {
      lockWorker(cmd.responsibleWorkerId());
    }
    List<FieldProblem> problems = startProblems(cmd);
    if (!problems.isEmpty()) {
      return new StartOutcome.Refused(problems);
    }
    UUID id = UUID.randomUUID();
    UUID changedBy = actor.asEmployee().map(Actor.Employee::id).orElse(cmd.responsibleWorkerId());
    jdbc.update(
        ClientQueries.INSERT_RELATIONSHIP,
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("countyId", cmd.countyId())
            .addValue("childId", cmd.childId())
            .addValue("teamId", cmd.teamId())
            .addValue("kind", cmd.kind().name())
            .addValue("startedOn", cmd.startedOn())
            .addValue("basis", cmd.basis())
            .addValue("assessmentId", cmd.assessmentId())
            .addValue("responsibleWorkerId", cmd.responsibleWorkerId())
            .addValue("workPairId", cmd.workPairId()));
    period(id, cmd.responsibleWorkerId(), "RESPONSIBLE", cmd.startedOn(), changedBy);
    if (cmd.workPairId() != null) {
      period(id, cmd.workPairId(), "WORK_PAIR", cmd.startedOn(), changedBy);
    }
    for (Person guardian : people.guardiansOf(cmd.countyId(), cmd.childId())) {
      insertFamilyMember(id, guardian.id(), guardian.fullName(), FamilyRole.GUARDIAN, null);
    }
    accessLog.record(actor, Action.CLIENT_RELATIONSHIP_MANAGE, Purpose.CLIENT_SERVICE, target(id, cmd.childId()));
    return new StartOutcome.Started(id);
  }

  /** Why {@link #start} would refuse, without writing anything: for checking a form before it is acted on. */
  @Transactional(readOnly = true)
  public List<FieldProblem> startProblems(StartRelationship cmd) {
    List<FieldProblem> problems = new ArrayList<>();
    if (cmd.kind() == null) {
      problems.add(new FieldProblem("kind", "client.error.kindRequired"));
      return problems;
    }
    if (cmd.basis() == null || cmd.basis().isBlank()) {
      problems.add(new FieldProblem("basis", "client.error.basisRequired"));
    }
    Integer active =
        jdbc.queryForObject(
            ClientQueries.ACTIVE_OF_KIND,
            new MapSqlParameterSource("childId", cmd.childId()).addValue("kind", cmd.kind().name()),
            Integer.class);
    if (active != null && active > 0) {
      problems.add(new FieldProblem("kind", "client.error.alreadyActive." + cmd.kind().name()));
    }
    problems.addAll(
        workerProblems(cmd.countyId(), cmd.childId(), cmd.kind(), cmd.responsibleWorkerId(), cmd.workPairId(), cmd.startedOn()));
    return problems;
  }

  /**
   * The qualified social workers of a team (and social workers without the qualification, who cannot be chosen
   * but are shown), with their caseload on {@code on}.
   */
  @Transactional(readOnly = true)
  public List<WorkerLoad> socialWorkers(UUID countyId, Collection<UUID> teams, LocalDate on) {
    if (teams.isEmpty()) {
      return List.of();
    }
    List<WorkerLoad> workers =
        jdbc.query(
            ClientQueries.TEAM_SOCIAL_WORKERS,
            new MapSqlParameterSource("teams", teams).addValue("countyId", countyId),
            (rs, i) ->
                new WorkerLoad(
                    rs.getObject("id", UUID.class),
                    rs.getString("display_name"),
                    rs.getBoolean("qualified_social_worker"),
                    0,
                    OptionalInt.empty()));
    Map<UUID, Integer> counts = caseloads(workers.stream().map(WorkerLoad::id).toList(), on);
    OptionalInt cap = CaseloadCap.capOn(on);
    return workers.stream()
        .map(w -> new WorkerLoad(w.id(), w.name(), w.qualified(), counts.getOrDefault(w.id(), 0), cap))
        .toList();
  }

  /** One worker's caseload on {@code on}. */
  @Transactional(readOnly = true)
  public Optional<WorkerLoad> workerLoad(UUID countyId, UUID workerId, LocalDate on) {
    return employee(countyId, workerId)
        .map(e -> new WorkerLoad(e.id(), e.name(), e.qualified(), caseloads(List.of(e.id()), on).getOrDefault(e.id(), 0), CaseloadCap.capOn(on)));
  }

  /** A team's members (any role), for choosing a work pair. */
  @Transactional(readOnly = true)
  public List<TeamMember> teamMembers(UUID countyId, Collection<UUID> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        ClientQueries.TEAM_MEMBERS,
        new MapSqlParameterSource("teams", teams).addValue("countyId", countyId),
        (rs, i) -> new TeamMember(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getBoolean("qualified_social_worker")));
  }

  public record TeamMember(UUID id, String name, boolean qualified) {}

  /** The number of children each worker is responsible for on {@code on}, counted by {@link CaseloadCap}. */
  @Transactional(readOnly = true)
  public Map<UUID, Integer> caseloads(Collection<UUID> workers, LocalDate on) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (workers.isEmpty()) {
      return counts;
    }
    Map<UUID, List<Optional<LocalDate>>> birthDates = new HashMap<>();
    jdbc.query(
        ClientQueries.CASELOAD_BIRTH_DATES,
        new MapSqlParameterSource("workers", workers),
        rs -> {
          birthDates
              .computeIfAbsent(rs.getObject("responsible_worker_id", UUID.class), k -> new ArrayList<>())
              .add(Optional.ofNullable(rs.getObject("birth_date", LocalDate.class)));
        });
    birthDates.forEach((worker, dates) -> counts.put(worker, CaseloadCap.count(dates, on)));
    return counts;
  }

  /** The child's client page; the read is logged. Empty when the county has no such person. */
  @Transactional
  public Optional<ChildRecords> childRecords(Actor actor, UUID countyId, UUID childId) {
    Optional<Person> child = people.find(countyId, childId);
    if (child.isEmpty()) {
      return Optional.empty();
    }
    List<ChildRecords.Relationship> relationships = relationships(countyId, childId);
    ChildAssessments port = assessments.getIfAvailable();
    List<ChildAssessments.Summary> childAssessments = port == null ? List.of() : port.forChild(countyId, childId, today());
    accessLog.record(
        actor,
        Action.CHILD_RECORDS_VIEW,
        Purpose.CLIENT_SERVICE,
        AccessTarget.of("child", childId).concerningChildren(List.of(childId)));
    return Optional.of(
        new ChildRecords(
            child.get().withoutProtectedAddress(), people.guardiansOf(countyId, childId), relationships, childAssessments));
  }

  /**
   * A new responsible worker (and work pair) from a date: the current period ends that day and the history is
   * kept. The new worker must be qualified and within the cap on that day.
   */
  @Transactional
  public Outcome transfer(Actor actor, UUID countyId, UUID childId, UUID relationshipId, RelationshipForms.Transfer form) {
    return lockedAtVersion(
        countyId, childId, relationshipId, form.version(), r -> transfer(actor, countyId, childId, relationshipId, r, form));
  }

  private Outcome transfer(
      Actor actor, UUID countyId, UUID childId, UUID relationshipId, ChildRecords.Relationship r, RelationshipForms.Transfer form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!r.active()) {
      problems.add(new FieldProblem("responsibleWorker", "client.error.notActive"));
      return new Outcome.Invalid(problems);
    }
    UUID worker = uuid(form.responsibleWorker(), "responsibleWorker", "client.error.responsibleWorkerRequired", problems);
    UUID workPair =
        form.workPair() == null ? r.workPairId().orElse(null) : uuid(form.workPair(), "workPair", null, problems);
    LocalDate today = today();
    LocalDate from = date(form.from(), "from", problems).orElse(today);
    LocalDate periodStart = currentPeriodStart(relationshipId, "RESPONSIBLE").orElse(r.startedOn());
    if (from.isAfter(today)) {
      problems.add(new FieldProblem("from", "client.error.dateInFuture"));
    } else if (from.isBefore(periodStart)) {
      problems.add(new FieldProblem("from", "client.error.transferBeforePeriod", List.of(DateInput.show(periodStart))));
    }
    if (worker != null && worker.equals(r.responsibleWorkerId())) {
      problems.add(new FieldProblem("responsibleWorker", "client.error.sameWorker"));
    } else if (worker != null && problems.isEmpty()) {
      lockWorker(worker);
      problems.addAll(workerProblems(countyId, childId, r.kind(), worker, workPair, from));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(problems);
    }
    UUID by = actor.asEmployee().orElseThrow().id();
    closePeriods(relationshipId, "RESPONSIBLE", from);
    period(relationshipId, worker, "RESPONSIBLE", from, by);
    if (!java.util.Objects.equals(workPair, r.workPairId().orElse(null))) {
      closePeriods(relationshipId, "WORK_PAIR", from);
      if (workPair != null) {
        period(relationshipId, workPair, "WORK_PAIR", from, by);
      }
    }
    int updated =
        jdbc.update(
            ClientQueries.CHANGE_WORKERS,
            new MapSqlParameterSource("id", relationshipId)
                .addValue("version", r.version())
                .addValue("responsibleWorkerId", worker)
                .addValue("workPairId", workPair));
    if (updated == 0) {
      throw new IllegalStateException("The relationship changed under its row lock");
    }
    return logged(actor, Action.CLIENT_RELATIONSHIP_MANAGE, childId, relationshipId);
  }

  /** The guardians and the child were told that the relationship started (LSL 27 §: at once). */
  @Transactional
  public Outcome recordInformed(Actor actor, UUID countyId, UUID childId, UUID relationshipId, RelationshipForms.Informed form) {
    return lockedAtVersion(
        countyId, childId, relationshipId, form.version(), r -> recordInformed(actor, childId, relationshipId, r, form));
  }

  private Outcome recordInformed(
      Actor actor, UUID childId, UUID relationshipId, ChildRecords.Relationship r, RelationshipForms.Informed form) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<LocalDate> on = requiredDateSinceStart(form.informedOn(), "informedOn", r, problems);
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(problems);
    }
    jdbc.update(
        ClientQueries.RECORD_INFORMED,
        new MapSqlParameterSource("id", relationshipId).addValue("version", r.version()).addValue("informedOn", on.get()));
    return logged(actor, Action.CLIENT_RELATIONSHIP_MANAGE, childId, relationshipId);
  }

  /** Ends an active relationship on a date with a reason (SHL 34 §: no longer a basis); the periods end too. */
  @Transactional
  public Outcome end(Actor actor, UUID countyId, UUID childId, UUID relationshipId, RelationshipForms.End form) {
    return lockedAtVersion(countyId, childId, relationshipId, form.version(), r -> end(actor, childId, relationshipId, r, form));
  }

  private Outcome end(Actor actor, UUID childId, UUID relationshipId, ChildRecords.Relationship r, RelationshipForms.End form) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!r.active()) {
      problems.add(new FieldProblem("endedOn", "client.error.notActive"));
      return new Outcome.Invalid(problems);
    }
    Optional<LocalDate> on = requiredDateSinceStart(form.endedOn(), "endedOn", r, problems);
    EndReason reason = parseEnum(EndReason.class, form.reason());
    if (reason == null) {
      problems.add(new FieldProblem("endReason", "client.error.endReasonRequired"));
    }
    String note = trim(form.note());
    if (reason == EndReason.OTHER && note == null) {
      problems.add(new FieldProblem("endNote", "client.error.endNoteRequired"));
    }
    if (note != null && note.length() > NOTE_MAX) {
      problems.add(new FieldProblem("endNote", "client.error.tooLong", List.of(NOTE_MAX)));
    }
    Optional<LocalDate> noticeOn = date(form.noticeOn(), "endNoticeOn", problems);
    if (noticeOn.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("endNoticeOn"))) {
      problems.add(new FieldProblem("endNoticeOn", "client.error.endNoticeRequired"));
    }
    noticeOn.filter(d -> d.isAfter(today()))
        .ifPresent(d -> problems.add(new FieldProblem("endNoticeOn", "client.error.dateInFuture")));
    if (on.isPresent()) {
      for (String measure : openMeasures.getIfAvailable(() -> (child, day) -> List.of()).stillRunning(childId, on.get())) {
        problems.add(new FieldProblem("endedOn", "client.error.measureRunning." + measure));
      }
    }
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(problems);
    }
    RecordRetention.Retention retention = RecordRetention.onClosing(r.kind().name(), on.get());
    closePeriods(relationshipId, "RESPONSIBLE", on.get());
    closePeriods(relationshipId, "WORK_PAIR", on.get());
    jdbc.update(
        ClientQueries.END,
        new MapSqlParameterSource("id", relationshipId)
            .addValue("version", r.version())
            .addValue("endedOn", on.get())
            .addValue("endReason", reason.name())
            .addValue("endNote", note)
            .addValue("noticeOn", noticeOn.get())
            .addValue("retentionBasis", retention.basis().name())
            .addValue("retentionUntil", retention.until().orElse(null)));
    return logged(actor, Action.CLIENT_RELATIONSHIP_MANAGE, childId, relationshipId);
  }

  /** A parent, sibling or other person around the child (guardians come from the population register). */
  @Transactional
  public Outcome addFamilyMember(
      Actor actor, UUID countyId, UUID childId, UUID relationshipId, RelationshipForms.FamilyMember form) {
    Optional<ChildRecords.Relationship> found = lockRelationship(countyId, childId, relationshipId);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    List<FieldProblem> problems = new ArrayList<>();
    String name = trim(form.name());
    if (name == null) {
      problems.add(new FieldProblem("familyName", "client.error.nameRequired"));
    } else if (name.length() > NAME_MAX) {
      problems.add(new FieldProblem("familyName", "client.error.tooLong", List.of(NAME_MAX)));
    }
    FamilyRole role = parseEnum(FamilyRole.class, form.role());
    if (role == null) {
      problems.add(new FieldProblem("familyRole", "client.error.roleRequired"));
    }
    String description = trim(form.roleDescription());
    if (role == FamilyRole.OTHER && description == null) {
      problems.add(new FieldProblem("familyRoleDescription", "client.error.roleDescriptionRequired"));
    }
    if (description != null && description.length() > NAME_MAX) {
      problems.add(new FieldProblem("familyRoleDescription", "client.error.tooLong", List.of(NAME_MAX)));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(problems);
    }
    insertFamilyMember(relationshipId, null, name, role, description);
    return familyChanged(actor, childId, relationshipId, found.get().version());
  }

  @Transactional
  public Outcome removeFamilyMember(Actor actor, UUID countyId, UUID childId, UUID relationshipId, UUID memberId) {
    Optional<ChildRecords.Relationship> found = lockRelationship(countyId, childId, relationshipId);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    int removed =
        jdbc.update(
            ClientQueries.DELETE_FAMILY_MEMBER,
            new MapSqlParameterSource("id", memberId).addValue("relationshipId", relationshipId));
    if (removed == 0) {
      return new Outcome.NotFound();
    }
    return familyChanged(actor, childId, relationshipId, found.get().version());
  }

  /** A relationship and the child's name, for the transfer and end forms; the read is logged. */
  @Transactional
  public Optional<NamedRelationship> relationship(Actor actor, UUID countyId, UUID childId, UUID relationshipId) {
    Optional<Person> child = people.find(countyId, childId);
    Optional<ChildRecords.Relationship> found =
        child.isEmpty()
            ? Optional.empty()
            : relationships(countyId, childId).stream().filter(r -> r.id().equals(relationshipId)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    accessLog.record(actor, Action.CHILD_RECORDS_VIEW, Purpose.CLIENT_SERVICE, target(relationshipId, childId));
    return Optional.of(new NamedRelationship(child.get().fullName(), found.get()));
  }

  public record NamedRelationship(String childName, ChildRecords.Relationship relationship) {}

  private List<FieldProblem> workerProblems(
      UUID countyId, UUID childId, RelationshipKind kind, UUID workerId, UUID workPairId, LocalDate on) {
    List<FieldProblem> problems = new ArrayList<>();
    if (workerId == null) {
      problems.add(new FieldProblem("responsibleWorker", "client.error.responsibleWorkerRequired"));
      return problems;
    }
    Optional<Employee> worker = employee(countyId, workerId);
    if (worker.isEmpty() || !worker.get().enabled()) {
      problems.add(new FieldProblem("responsibleWorker", "client.error.unknownWorker"));
      return problems;
    }
    if (!worker.get().qualified()) {
      problems.add(new FieldProblem("responsibleWorker", "client.error.notQualified", List.of(worker.get().name())));
    } else if (kind == RelationshipKind.CHILD_WELFARE) {
      int count = caseloads(List.of(workerId), on).getOrDefault(workerId, 0);
      boolean childCounts = CaseloadCap.counts(birthDate(countyId, childId), on);
      CaseloadCap.Assignment assignment = CaseloadCap.assign(count, childCounts, on);
      if (!assignment.allowed()) {
        problems.add(
            new FieldProblem(
                "responsibleWorker",
                "client.error.capReached",
                List.of(worker.get().name(), String.valueOf(count), String.valueOf(assignment.cap().getAsInt()))));
      }
    }
    if (workPairId != null) {
      if (workPairId.equals(workerId)) {
        problems.add(new FieldProblem("workPair", "client.error.workPairIsResponsible"));
      } else if (employee(countyId, workPairId).filter(Employee::enabled).isEmpty()) {
        problems.add(new FieldProblem("workPair", "client.error.unknownWorker"));
      }
    }
    return problems;
  }

  private record Employee(UUID id, String name, boolean qualified, boolean enabled) {}

  private Optional<Employee> employee(UUID countyId, UUID id) {
    return jdbc.query(
            ClientQueries.EMPLOYEE,
            new MapSqlParameterSource("id", id).addValue("countyId", countyId),
            (rs, i) ->
                new Employee(
                    rs.getObject("id", UUID.class),
                    rs.getString("display_name"),
                    rs.getBoolean("qualified_social_worker"),
                    rs.getBoolean("enabled")))
        .stream()
        .findFirst();
  }

  private Optional<LocalDate> birthDate(UUID countyId, UUID childId) {
    return jdbc.query(
            ClientQueries.CHILD_BIRTH_DATE,
            new MapSqlParameterSource("childId", childId).addValue("countyId", countyId),
            (rs, i) -> Optional.ofNullable(rs.getObject("birth_date", LocalDate.class)))
        .stream()
        .findFirst()
        .flatMap(d -> d);
  }

  private void lockWorker(UUID worker) {
    long key = worker.getMostSignificantBits() ^ worker.getLeastSignificantBits();
    jdbc.query(ClientQueries.LOCK_WORKER, new MapSqlParameterSource("key", key), rs -> {});
  }

  /**
   * Locks the relationship row until the transaction ends, so that changes to one relationship queue, and makes
   * the change only if the form was made from the current version; otherwise someone saved in between.
   */
  private Outcome lockedAtVersion(
      UUID countyId,
      UUID childId,
      UUID relationshipId,
      String seenVersion,
      Function<ChildRecords.Relationship, Outcome> change) {
    Optional<ChildRecords.Relationship> found = lockRelationship(countyId, childId, relationshipId);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    ChildRecords.Relationship r = found.get();
    if (!String.valueOf(r.version()).equals(seenVersion)) {
      return new Outcome.Stale();
    }
    return change.apply(r);
  }

  /** A required date of the relationship: not in the future and not before the relationship started. */
  private Optional<LocalDate> requiredDateSinceStart(
      String text, String field, ChildRecords.Relationship r, List<FieldProblem> problems) {
    int before = problems.size();
    Optional<LocalDate> on = date(text, field, problems);
    if (on.isEmpty() && problems.size() == before) {
      problems.add(new FieldProblem(field, "client.error.dateRequired"));
    }
    on.ifPresent(d -> {
      if (d.isAfter(today())) {
        problems.add(new FieldProblem(field, "client.error.dateInFuture"));
      } else if (d.isBefore(r.startedOn())) {
        problems.add(new FieldProblem(field, "client.error.beforeStart", List.of(DateInput.show(r.startedOn()))));
      }
    });
    return on;
  }

  /** The family changed: the relationship's version moves on, so forms opened before it are stale. */
  private Outcome familyChanged(Actor actor, UUID childId, UUID relationshipId, int version) {
    jdbc.update(ClientQueries.TOUCH, new MapSqlParameterSource("id", relationshipId).addValue("version", version));
    return logged(actor, Action.CHILD_RECORDS_WRITE, childId, relationshipId);
  }

  /** Logs the change in the same transaction as the change itself, as the access log demands. */
  private Outcome logged(Actor actor, Action action, UUID childId, UUID relationshipId) {
    accessLog.record(actor, action, Purpose.CLIENT_SERVICE, target(relationshipId, childId));
    return new Outcome.Done();
  }

  private Optional<ChildRecords.Relationship> lockRelationship(UUID countyId, UUID childId, UUID id) {
    return jdbc.query(
            ClientQueries.RELATIONSHIP_FOR_UPDATE,
            new MapSqlParameterSource("id", id).addValue("childId", childId).addValue("countyId", countyId),
            RELATIONSHIP)
        .stream()
        .findFirst();
  }

  private Optional<LocalDate> currentPeriodStart(UUID relationshipId, String role) {
    return jdbc.query(
            ClientQueries.CURRENT_PERIOD_START,
            new MapSqlParameterSource("id", relationshipId).addValue("role", role),
            (rs, i) -> Optional.ofNullable(rs.getObject("from_date", LocalDate.class)))
        .stream()
        .findFirst()
        .flatMap(d -> d);
  }

  private List<ChildRecords.Relationship> relationships(UUID countyId, UUID childId) {
    MapSqlParameterSource p = new MapSqlParameterSource("childId", childId).addValue("countyId", countyId);
    List<ChildRecords.Relationship> found = jdbc.query(ClientQueries.RELATIONSHIPS_OF_CHILD, p, RELATIONSHIP);
    Map<UUID, List<ChildRecords.WorkerPeriod>> periods = new HashMap<>();
    jdbc.query(
        ClientQueries.PERIODS_OF_CHILD,
        p,
        rs -> {
          periods
              .computeIfAbsent(rs.getObject("relationship_id", UUID.class), k -> new ArrayList<>())
              .add(
                  new ChildRecords.WorkerPeriod(
                      rs.getString("display_name"),
                      rs.getString("role"),
                      rs.getObject("from_date", LocalDate.class),
                      Optional.ofNullable(rs.getObject("to_date", LocalDate.class))));
        });
    Map<UUID, List<ChildRecords.FamilyMember>> family = new HashMap<>();
    jdbc.query(
        ClientQueries.FAMILY_OF_CHILD,
        p,
        rs -> {
          family
              .computeIfAbsent(rs.getObject("relationship_id", UUID.class), k -> new ArrayList<>())
              .add(
                  new ChildRecords.FamilyMember(
                      rs.getObject("id", UUID.class),
                      Optional.ofNullable(rs.getObject("person_id", UUID.class)),
                      rs.getString("name"),
                      FamilyRole.valueOf(rs.getString("role")),
                      Optional.ofNullable(rs.getString("role_description"))));
        });
    return found.stream()
        .map(r -> r.with(List.copyOf(periods.getOrDefault(r.id(), List.of())), List.copyOf(family.getOrDefault(r.id(), List.of()))))
        .toList();
  }

  private void period(UUID relationshipId, UUID employeeId, String role, LocalDate from, UUID changedBy) {
    jdbc.update(
        ClientQueries.INSERT_PERIOD,
        new MapSqlParameterSource("relationshipId", relationshipId)
            .addValue("employeeId", employeeId)
            .addValue("role", role)
            .addValue("fromDate", from)
            .addValue("changedBy", changedBy));
  }

  private void closePeriods(UUID relationshipId, String role, LocalDate to) {
    jdbc.update(
        ClientQueries.CLOSE_PERIODS,
        new MapSqlParameterSource("relationshipId", relationshipId).addValue("role", role).addValue("toDate", to));
  }

  private void insertFamilyMember(UUID relationshipId, UUID personId, String name, FamilyRole role, String description) {
    jdbc.update(
        ClientQueries.INSERT_FAMILY_MEMBER,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("relationshipId", relationshipId)
            .addValue("personId", personId)
            .addValue("name", name)
            .addValue("role", role.name())
            .addValue("roleDescription", description));
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private static AccessTarget target(UUID relationshipId, UUID childId) {
    return AccessTarget.of("client_relationship", relationshipId).concerningChildren(List.of(childId));
  }

  private static Optional<LocalDate> date(String text, String field, List<FieldProblem> problems) {
    if (DateInput.isBlank(text)) {
      return Optional.empty();
    }
    Optional<LocalDate> d = DateInput.parse(text);
    if (d.isEmpty()) {
      problems.add(new FieldProblem(field, "client.error.dateFormat"));
    }
    return d;
  }

  private static UUID uuid(String text, String field, String requiredKey, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      if (requiredKey != null) {
        problems.add(new FieldProblem(field, requiredKey));
      }
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "client.error.unknownWorker"));
      return null;
    }
  }

  static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static final RowMapper<ChildRecords.Relationship> RELATIONSHIP =
      (rs, i) -> {
        String endReason = rs.getString("end_reason");
        return new ChildRecords.Relationship(
            rs.getObject("id", UUID.class),
            rs.getObject("team_id", UUID.class),
            new TeamName(rs.getString("team_fi"), rs.getString("team_sv"), rs.getString("team_en")),
            RelationshipKind.valueOf(rs.getString("kind")),
            rs.getString("basis"),
            rs.getObject("started_on", LocalDate.class),
            rs.getObject("responsible_worker_id", UUID.class),
            rs.getString("responsible_name"),
            Optional.ofNullable(rs.getObject("work_pair_id", UUID.class)),
            Optional.ofNullable(rs.getString("work_pair_name")),
            "ACTIVE".equals(rs.getString("state")),
            Optional.ofNullable(rs.getObject("informed_on", LocalDate.class)),
            Optional.ofNullable(rs.getObject("ended_on", LocalDate.class)),
            Optional.ofNullable(endReason == null ? null : EndReason.valueOf(endReason)),
            Optional.ofNullable(rs.getString("end_note")),
            rs.getInt("version"),
            List.of(),
            List.of());
      };
}
