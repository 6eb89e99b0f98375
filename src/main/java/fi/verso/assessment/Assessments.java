package fi.verso.assessment;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.client.Clients;
import fi.verso.client.DateInput;
import fi.verso.client.Lsl27Ground;
import fi.verso.client.RelationshipKind;
import fi.verso.client.StartRelationship;
import fi.verso.client.TeamName;
import fi.verso.intake.AssessmentStartDecided;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service need assessment (palvelutarpeen arviointi): started by the intake decision, worked on by the
 * assessing worker (and work pair), completed with a conclusion that may start a client relationship in the same
 * transaction. Every read and write is logged.
 *
 * <p>Reads that log are plain {@code @Transactional}: a read-only transaction would refuse the log insert.
 */
@Service
public class Assessments {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final People people;
  private final Clients clients;
  private final MessageSource messages;
  private final Organisation organisation;

  Assessments(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      AccessLog accessLog,
      People people,
      Clients clients,
      MessageSource messages,
      Organisation organisation) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.people = people;
    this.clients = clients;
    this.messages = messages;
    this.organisation = organisation;
  }

  /** The outcome of saving or completing. */
  public sealed interface Outcome {
    record Saved() implements Outcome {}

    /** Completed; {@code relationshipId} is the client relationship the conclusion started, if any. */
    record Completed(Optional<UUID> relationshipId) implements Outcome {}

    record Invalid(List<FieldProblem> problems) implements Outcome {}

    /** Someone else saved first: nothing was stored; {@code current} is what is saved now. */
    record Stale(AssessmentView current) implements Outcome {}

    record NotFound() implements Outcome {}
  }

  /**
   * Starts the assessment the intake decision started, in the caller's transaction: OPEN from the decision
   * date, with the completion due date the matter's clock gives. A child the matter did not identify is first
   * recorded as a reported person. Starting twice for one matter returns the first assessment.
   */
  @Transactional
  public UUID start(AssessmentStartDecided event) {
    Optional<UUID> existing =
        jdbc.query(AssessmentQueries.BY_MATTER, new MapSqlParameterSource("matterId", event.matterId()), (rs, i) -> rs.getObject("id", UUID.class))
            .stream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    UUID childId = event.childId();
    if (childId == null) {
      AssessmentStartDecided.ReportedChild child = event.reportedChild();
      if (child == null) {
        throw new IllegalArgumentException("An assessment needs a child: the matter neither identifies nor names one");
      }
      childId = people.recordReported(event.countyId(), child.firstName(), child.lastName(), child.birthDate(), child.municipalityCode());
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        AssessmentQueries.INSERT,
        new MapSqlParameterSource("id", id)
            .addValue("countyId", event.countyId())
            .addValue("matterId", event.matterId())
            .addValue("childId", childId)
            .addValue("teamId", event.teamId())
            .addValue("assignedWorkerId", event.assignedWorkerId())
            .addValue("startedOn", event.decidedOn())
            .addValue("completionDue", event.completionDue()));
    // The decider's id is all the log needs; the event is handled inside their request or the demo's set-up.
    Actor decider = new Actor.Employee(event.decidedBy(), event.countyId(), "", "", Set.of(), Map.of());
    accessLog.record(decider, Action.CHILD_RECORDS_WRITE, Purpose.CLIENT_SERVICE, target(id, childId));
    return id;
  }

  /** The assessment for its page; the read is logged. */
  @Transactional
  public Optional<AssessmentView> view(Actor actor, UUID countyId, UUID childId, UUID id) {
    Optional<AssessmentView> found = find(countyId, childId, id);
    found.ifPresent(a -> accessLog.record(actor, Action.CHILD_RECORDS_VIEW, Purpose.CLIENT_SERVICE, target(id, childId)));
    return found;
  }

  /** Saves the work so far. A save based on an older version is refused and nothing is stored. */
  @Transactional
  public Outcome save(Actor.Employee actor, UUID childId, UUID id, AssessmentForm form) {
    Optional<AssessmentView> locked = lock(actor.countyId(), childId, id);
    if (locked.isEmpty()) {
      return new Outcome.NotFound();
    }
    AssessmentView a = locked.get();
    if (!String.valueOf(a.version()).equals(form.version())) {
      return new Outcome.Stale(a);
    }
    if (!a.open()) {
      return new Outcome.Invalid(List.of(new FieldProblem("summary", "assessment.error.alreadyCompleted")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    AssessmentRules.Draft draft = form.draft(problems).normalised();
    problems.addAll(AssessmentRules.draftProblems(draft, a.assignedWorkerId(), today()));
    problems.addAll(workPairProblems(a, draft.workPair()));
    if (!problems.isEmpty()) {
      return new Outcome.Invalid(problems);
    }
    int updated = jdbc.update(AssessmentQueries.SAVE_DRAFT, draftParams(a, draft));
    if (updated == 0) {
      throw new IllegalStateException("The assessment changed under its row lock");
    }
    accessLog.record(actor, Action.CHILD_RECORDS_WRITE, Purpose.CLIENT_SERVICE, target(id, childId));
    return new Outcome.Saved();
  }

  /**
   * Completes the assessment: refused unless {@link AssessmentRules#completionProblems} finds nothing and, for a
   * conclusion that starts a client relationship, the relationship can start (a qualified responsible worker
   * within the caseload cap). Dated from the clock; the notice letter is recorded in the family's language.
   */
  @Transactional
  public Outcome complete(Actor.Employee actor, UUID childId, UUID id, AssessmentForm form) {
    Optional<AssessmentView> locked = lock(actor.countyId(), childId, id);
    if (locked.isEmpty()) {
      return new Outcome.NotFound();
    }
    AssessmentView a = locked.get();
    if (!String.valueOf(a.version()).equals(form.version())) {
      return new Outcome.Stale(a);
    }
    if (!a.open()) {
      return new Outcome.Invalid(List.of(new FieldProblem("conclusion", "assessment.error.alreadyCompleted")));
    }
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    AssessmentRules.Draft draft = form.draft(problems).normalised();
    AssessmentRules.Completion completion = form.completion(problems);
    problems.addAll(AssessmentRules.completionProblems(draft, completion, a.assignedWorkerId(), today));
    problems.addAll(workPairProblems(a, draft.workPair()));
    Optional<StartRelationship> start = relationshipToStart(a, draft, completion, today);
    if (!problems.isEmpty()) {
      // Tell the worker about the caseload too, at once, rather than after the other problems are fixed.
      start.ifPresent(cmd -> problems.addAll(fromClients(clients.startProblems(cmd))));
      return new Outcome.Invalid(dedupe(problems));
    }
    Optional<UUID> relationshipId = Optional.empty();
    if (start.isPresent()) {
      switch (clients.start(actor, start.get())) {
        case Clients.StartOutcome.Refused refused -> {
          return new Outcome.Invalid(fromClients(refused.problems()));
        }
        case Clients.StartOutcome.Started started -> relationshipId = Optional.of(started.id());
      }
    }
    MapSqlParameterSource p =
        draftParams(a, draft)
            .addValue("completedOn", today)
            .addValue("completedBy", actor.id())
            .addValue("noticeSentOn", completion.noticeSentOn());
    if (jdbc.update(AssessmentQueries.COMPLETE, p) == 0) {
      throw new IllegalStateException("The assessment changed under its row lock");
    }
    jdbc.update(
        AssessmentQueries.INSERT_NOTICE,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("assessmentId", id)
            .addValue("language", completion.noticeLanguage().code())
            .addValue("recipients", completion.noticeRecipients())
            .addValue("body", letter(a, draft.conclusion(), today, completion.noticeLanguage()))
            .addValue("sentOn", completion.noticeSentOn())
            .addValue("recordedBy", actor.id()));
    accessLog.record(actor, Action.CHILD_RECORDS_WRITE, Purpose.CLIENT_SERVICE, target(id, childId));
    return new Outcome.Completed(relationshipId);
  }

  /**
   * The notice to the child and guardians in the letter's language: the assessment is complete and what it
   * concluded. It names no worker: the family hears from the responsible worker directly.
   */
  public String letter(AssessmentView a, Conclusion conclusion, LocalDate completedOn, NoticeLanguage language) {
    java.util.Locale locale = language.locale();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(messages.getMessage("assessment.letter.greeting", null, locale));
    paragraphs.add(
        messages.getMessage(
            "assessment.letter.completed",
            new Object[] {DateInput.show(a.startedOn()), DateInput.show(completedOn)},
            locale));
    paragraphs.add(messages.getMessage("assessment.letter.conclusion." + conclusion.name(), new Object[] {DateInput.show(completedOn)}, locale));
    paragraphs.add(messages.getMessage("assessment.letter.contact", null, locale));
    String county = organisation.currentCounty().name(language == NoticeLanguage.SV ? UiLanguage.SV : UiLanguage.FI);
    paragraphs.add(messages.getMessage("assessment.letter.closing", new Object[] {county}, locale));
    return String.join("\n\n", paragraphs);
  }

  /** Default recipients of the notice: the child and the guardians, by name. */
  @Transactional(readOnly = true)
  public String defaultRecipients(UUID countyId, AssessmentView a) {
    List<String> names = new ArrayList<>();
    names.add(a.childName());
    people.guardiansOf(countyId, a.childId()).forEach(g -> names.add(g.fullName()));
    return String.join(", ", names);
  }

  Optional<AssessmentView> find(UUID countyId, UUID childId, UUID id) {
    return jdbc.query(
            AssessmentQueries.VIEW,
            new MapSqlParameterSource("id", id).addValue("childId", childId).addValue("countyId", countyId),
            VIEW)
        .stream()
        .findFirst()
        .map(v -> v.withNotices(notices(id)));
  }

  private Optional<AssessmentView> lock(UUID countyId, UUID childId, UUID id) {
    List<UUID> rows =
        jdbc.query(
            AssessmentQueries.LOCK,
            new MapSqlParameterSource("id", id).addValue("childId", childId).addValue("countyId", countyId),
            (rs, i) -> rs.getObject("id", UUID.class));
    return rows.isEmpty() ? Optional.empty() : find(countyId, childId, id);
  }

  private List<AssessmentView.Notice> notices(UUID id) {
    return jdbc.query(
        AssessmentQueries.NOTICES,
        new MapSqlParameterSource("id", id),
        (rs, i) ->
            new AssessmentView.Notice(
                NoticeLanguage.valueOf(rs.getString("language").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("recipients"),
                rs.getString("body"),
                rs.getObject("sent_on", LocalDate.class)));
  }

  /** The work pair is someone of the assessing team. */
  private List<FieldProblem> workPairProblems(AssessmentView a, UUID workPair) {
    if (workPair == null || workPair.equals(a.assignedWorkerId())) {
      return List.of();
    }
    boolean member = clients.teamMembers(a.countyId(), List.of(a.teamId())).stream().anyMatch(m -> m.id().equals(workPair));
    return member ? List.of() : List.of(new FieldProblem("workPair", "assessment.error.workPairNotInTeam"));
  }

  /**
   * The relationship the conclusion starts, from the completion day. Its work pair is the assessment's, unless
   * that person becomes the responsible worker.
   */
  private static Optional<StartRelationship> relationshipToStart(
      AssessmentView a, AssessmentRules.Draft draft, AssessmentRules.Completion completion, LocalDate today) {
    if (draft.conclusion() == null || draft.conclusion().startsRelationship().isEmpty() || completion.responsibleWorker() == null) {
      return Optional.empty();
    }
    RelationshipKind kind = draft.conclusion().startsRelationship().get();
    String basis =
        kind == RelationshipKind.CHILD_WELFARE
            ? Optional.ofNullable(draft.lsl27Ground()).map(Lsl27Ground::name).orElse(null)
            : RelationshipKind.SHL_BASIS;
    UUID workPair = completion.responsibleWorker().equals(draft.workPair()) ? null : draft.workPair();
    return Optional.of(
        new StartRelationship(
            a.countyId(), a.childId(), a.teamId(), kind, basis, today, a.id(), completion.responsibleWorker(), workPair));
  }

  /** The client module's field names, as this form calls them. */
  private static List<FieldProblem> fromClients(List<FieldProblem> problems) {
    return problems.stream()
        .map(
            p ->
                switch (p.field()) {
                  case "kind" -> new FieldProblem("conclusion", p.messageKey(), p.args());
                  case "basis" -> new FieldProblem("lsl27Ground", p.messageKey(), p.args());
                  default -> p;
                })
        .toList();
  }

  private static List<FieldProblem> dedupe(List<FieldProblem> problems) {
    return problems.stream().distinct().toList();
  }

  private static MapSqlParameterSource draftParams(AssessmentView a, AssessmentRules.Draft d) {
    return new MapSqlParameterSource("id", a.id())
        .addValue("version", a.version())
        .addValue("childMetOn", d.childMetOn())
        .addValue("notMetReason", d.notMetReason())
        .addValue("childViewsMethod", d.childViewsMethod())
        .addValue("childViewsContent", d.childViewsContent())
        .addValue("guardiansViews", d.guardiansViews())
        .addValue("summary", d.summary())
        .addValue("workPair", d.workPair())
        .addValue("conclusion", d.conclusion() == null ? null : d.conclusion().name())
        .addValue("lsl27Ground", d.lsl27Ground() == null ? null : d.lsl27Ground().name());
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  static AccessTarget target(UUID id, UUID childId) {
    return AccessTarget.of("service_need_assessment", id).concerningChildren(List.of(childId));
  }

  private static final RowMapper<AssessmentView> VIEW =
      (rs, i) -> {
        String conclusion = rs.getString("conclusion");
        String ground = rs.getString("lsl27_ground");
        return new AssessmentView(
            rs.getObject("id", UUID.class),
            rs.getObject("county_id", UUID.class),
            rs.getObject("matter_id", UUID.class),
            rs.getObject("child_id", UUID.class),
            (rs.getString("first_name") + " " + rs.getString("last_name")).strip(),
            rs.getObject("team_id", UUID.class),
            new TeamName(rs.getString("team_fi"), rs.getString("team_sv"), rs.getString("team_en")),
            rs.getObject("assigned_worker_id", UUID.class),
            rs.getString("assigned_name"),
            Optional.ofNullable(rs.getObject("work_pair_id", UUID.class)),
            Optional.ofNullable(rs.getString("work_pair_name")),
            rs.getObject("started_on", LocalDate.class),
            rs.getObject("completion_due", LocalDate.class),
            "OPEN".equals(rs.getString("state")),
            Optional.ofNullable(rs.getObject("child_met_on", LocalDate.class)),
            Optional.ofNullable(rs.getString("not_met_reason")),
            Optional.ofNullable(rs.getString("child_views_method")),
            Optional.ofNullable(rs.getString("child_views_content")),
            Optional.ofNullable(rs.getString("guardians_views")),
            Optional.ofNullable(rs.getString("summary")),
            Optional.ofNullable(conclusion == null ? null : Conclusion.valueOf(conclusion)),
            Optional.ofNullable(ground == null ? null : Lsl27Ground.valueOf(ground)),
            Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
            Optional.ofNullable(rs.getString("completed_by_name")),
            rs.getInt("version"),
            List.of());
      };
}
