package fi.verso.intake;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.ClockStatus;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.calendar.StatutoryDeadlines;
import fi.verso.organisation.Organisation;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake workers' side: the queue of their teams, the matter page, and what they record on a matter
 * (urgency, the decision on the service need assessment, notices, links, the conversion of a prenatal
 * notification). Access is checked by the caller first ({@link #target} gives what the check needs); every
 * read and change here writes the access log in its own transaction.
 *
 * <p>Reads that log are plain {@code @Transactional}: a read-only transaction makes PostgreSQL refuse the
 * access-log insert.
 */
@Service
public class IntakeWork {
  /** More than a team can work through; beyond it the queue asks for a narrower filter. */
  static final int QUEUE_LIMIT = 500;

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final Organisation organisation;
  private final StatutoryDeadlines deadlines;
  private final AccessLog accessLog;
  private final Intake intake;
  private final PrenatalConversion conversion;
  private final MessageSource messages;
  private final org.springframework.context.ApplicationEventPublisher events;

  IntakeWork(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      Organisation organisation,
      StatutoryDeadlines deadlines,
      AccessLog accessLog,
      Intake intake,
      PrenatalConversion conversion,
      MessageSource messages,
      org.springframework.context.ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.organisation = organisation;
    this.deadlines = deadlines;
    this.accessLog = accessLog;
    this.intake = intake;
    this.conversion = conversion;
    this.messages = messages;
    this.events = events;
  }

  /** A change either done (with the matter to show next) or refused with every problem found. */
  public sealed interface Result {
    record Done(UUID matterId) implements Result {}

    /** @param conflict the matter had moved on (already assessed, already decided), not a typing error */
    record Refused(List<FieldProblem> problems, boolean conflict) implements Result {}
  }

  public record Queue(List<QueueRow> rows, boolean truncated, LocalDate today) {}

  /** The matters of the actor's teams, filtered by kind (null: all) and state; one query. */
  @Transactional
  public Queue queue(Actor.Employee actor, MatterKind kind, QueueStateFilter filter) {
    LocalDate today = today();
    List<UUID> teams = actor.teams().keySet().stream().sorted().toList();
    List<UUID> children = new ArrayList<>();
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("teamIds", teams.toArray(UUID[]::new))
            .addValue("states", filter.states().stream().map(Enum::name).toList())
            .addValue("kind", kind == null ? null : kind.name())
            .addValue("limit", QUEUE_LIMIT + 1);
    List<QueueRow> rows =
        jdbc.query(
            IntakeWorkQueries.QUEUE,
            p,
            (rs, i) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              if (child != null) {
                children.add(child);
              }
              boolean open = MatterState.valueOf(rs.getString("state")).isOpen();
              Optional<ClockStatus> status =
                  open
                      ? Optional.of(deadlines.status(rs.getObject("assessment_start_due", LocalDate.class), today))
                      : Optional.empty();
              return IntakeWorkQueries.queueRow(rs, status);
            });
    boolean truncated = rows.size() > QUEUE_LIMIT;
    accessLog.record(
        actor,
        Action.INTAKE_QUEUE_VIEW,
        Purpose.INTAKE,
        AccessTarget.of("intake_queue", teams.stream().map(UUID::toString).collect(Collectors.joining(",")))
            .concerningChildren(children.stream().distinct().toList()));
    return new Queue(truncated ? rows.subList(0, QUEUE_LIMIT) : rows, truncated, today);
  }

  /**
   * What access control needs about a matter of this county: its team and child. Reads no client data, so
   * it is not itself logged; empty when there is no such matter here.
   */
  @Transactional(readOnly = true)
  public Optional<AccessTarget> target(UUID matterId) {
    return jdbc.query(
            IntakeWorkQueries.ACCESS,
            new MapSqlParameterSource("id", matterId).addValue("countyId", organisation.currentCounty().id()),
            (rs, i) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              return AccessTarget.of("intake_matter", matterId)
                  .ownedByTeam(rs.getObject("team_id", UUID.class))
                  .concerningChildren(child == null ? List.of() : List.of(child));
            })
        .stream()
        .findFirst();
  }

  /** The whole matter for its page; the caller has checked {@link Action#INTAKE_MATTER_VIEW}. */
  @Transactional
  public MatterView matter(Actor actor, AccessTarget target) {
    UUID id = UUID.fromString(target.id());
    MapSqlParameterSource p =
        new MapSqlParameterSource("id", id).addValue("countyId", organisation.currentCounty().id());
    LocalDate today = today();
    MatterView view =
        jdbc.query(
                IntakeWorkQueries.MATTER,
                p,
                (rs, i) -> {
                  MatterView.Summary summary = IntakeWorkQueries.summary(rs);
                  Optional<MatterView.Decision> decision = IntakeWorkQueries.decision(rs);
                  return new MatterView(
                      summary,
                      IntakeWorkQueries.reporter(rs),
                      IntakeWorkQueries.child(rs),
                      new MatterView.Prenatal(
                          rs.getString("expectant_parents_text"), rs.getObject("expected_birth_date", LocalDate.class)),
                      new MatterView.Contact(
                          rs.getString("contact_basis") == null ? null : ContactBasis.valueOf(rs.getString("contact_basis")),
                          rs.getString("without_consent_reason")),
                      rs.getString("concern"),
                      IntakeWorkQueries.urgency(rs),
                      decision,
                      clock(summary, decision, today),
                      List.of(),
                      List.of(),
                      List.of(),
                      List.of());
                })
            .stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No such matter in this county"));
    view =
        view.with(
            jdbc.query(IntakeWorkQueries.EVENTS, p, IntakeWorkQueries.EVENT),
            jdbc.query(IntakeWorkQueries.LINKS, p, IntakeWorkQueries.LINK),
            jdbc.query(IntakeWorkQueries.NOTICES, p, IntakeWorkQueries.NOTICE),
            view.isOpen() ? eligibleWorkers(view.summary().teamId()) : List.of());
    accessLog.record(actor, Action.INTAKE_MATTER_VIEW, Purpose.INTAKE, target);
    return view;
  }

  /**
   * The notice to the child and guardians, pre-filled in the letter's language: when the matter was received
   * and whether an assessment starts. It never names the reporter.
   */
  public String noticeTemplate(MatterView matter, NoticeLanguage language) {
    java.util.Locale locale = language.locale();
    DateTimeFormatter dates = IntakeFormat.formatter(messages.getMessage("intake.format.date", null, locale), locale);
    String date = dates.format(HelsinkiTime.dateOf(matter.summary().receivedAt()));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(messages.getMessage("intake.notice.letter.greeting", null, locale));
    paragraphs.add(
        messages.getMessage("intake.notice.letter.received." + matter.summary().kind().name(), new Object[] {date}, locale));
    if (matter.decision().isPresent()) {
      MatterView.Decision d = matter.decision().get();
      paragraphs.add(
          messages.getMessage(
              "intake.notice.letter.decision." + d.decision().name(),
              new Object[] {d.transferCounty() == null ? "" : d.transferCounty()},
              locale));
    } else if (matter.isOpen()) {
      String due = dates.format(matter.summary().assessmentStartDue());
      paragraphs.add(messages.getMessage("intake.notice.letter.decision.pending", new Object[] {due}, locale));
    }
    paragraphs.add(messages.getMessage("intake.notice.letter.contact", null, locale));
    String county =
        organisation.currentCounty().name(language == NoticeLanguage.SV ? UiLanguage.SV : UiLanguage.FI);
    paragraphs.add(messages.getMessage("intake.notice.letter.closing", new Object[] {county}, locale));
    return String.join("\n\n", paragraphs);
  }

  /** Urgency is assessed once, at once (LSL 26 § 2 mom): who, when, the result and the measures. */
  @Transactional
  public Result assessUrgency(Actor actor, AccessTarget target, MatterForms.Urgency form) {
    Actor.Employee employee = actor.asEmployee().orElseThrow();
    UUID id = UUID.fromString(target.id());
    lock(id);
    Boolean assessed =
        jdbc.queryForObject(IntakeWorkQueries.URGENCY_ASSESSED, new MapSqlParameterSource("id", id), Boolean.class);
    if (Boolean.TRUE.equals(assessed)) {
      return alreadyAssessed();
    }
    List<FieldProblem> problems = new ArrayList<>();
    UrgencyAnswer answer = form.answer(problems);
    problems.addAll(IntakeWorkRules.urgency(answer, form.measures()));
    if (!problems.isEmpty()) {
      return new Result.Refused(List.copyOf(problems), false);
    }
    Instant now = clock.instant();
    int inserted =
        jdbc.update(
            IntakeWorkQueries.INSERT_URGENCY,
            new MapSqlParameterSource()
                .addValue("matterId", id)
                .addValue("urgent", answer == UrgencyAnswer.URGENT)
                .addValue("measures", form.measures().trim())
                .addValue("assessedBy", employee.id())
                .addValue("assessedAt", Timestamp.from(now)));
    if (inserted == 0) {
      return alreadyAssessed();
    }
    event(id, employee, "URGENCY_ASSESSED", null, null, now);
    accessLog.record(actor, Action.INTAKE_MATTER_PROCESS, Purpose.INTAKE, target);
    return new Result.Done(id);
  }

  /**
   * Decides whether the service need assessment starts (LSL 26 § 5 mom): START assigns a qualified social
   * worker of the team and stops the clock, NOT_START records why, TRANSFER names the receiving county
   * (LSL 25 d §). A decision after the due date must say why it is late.
   */
  @Transactional
  public Result decide(Actor actor, AccessTarget target, MatterForms.Decision form) {
    Actor.Employee employee = actor.asEmployee().orElseThrow();
    UUID id = UUID.fromString(target.id());
    IntakeWorkQueries.Locked matter = lock(id);
    List<FieldProblem> problems = new ArrayList<>();
    AssessmentDecisionRules.Command command = form.toCommand(problems);
    Instant now = clock.instant();
    LocalDate decidedOn = HelsinkiTime.dateOf(now);
    Set<UUID> eligible =
        eligibleWorkers(matter.teamId()).stream().map(MatterView.Worker::id).collect(Collectors.toSet());
    AssessmentDecisionRules.Matter facts =
        new AssessmentDecisionRules.Matter(matter.kind(), matter.state(), matter.assessmentStartDue());
    List<FieldProblem> ruleProblems = AssessmentDecisionRules.check(command, facts, decidedOn, eligible);
    if (!matter.state().isOpen()) {
      return new Result.Refused(ruleProblems, true);
    }
    problems.addAll(ruleProblems);
    if (!problems.isEmpty()) {
      return new Result.Refused(List.copyOf(problems), false);
    }
    AssessmentDecision decision = command.decision();
    boolean late = AssessmentDecisionRules.isLate(matter.assessmentStartDue(), decidedOn);
    jdbc.update(
        IntakeWorkQueries.INSERT_DECISION,
        new MapSqlParameterSource()
            .addValue("matterId", id)
            .addValue("decision", decision.name())
            .addValue("assignedWorkerId", decision == AssessmentDecision.START ? command.assignedWorkerId() : null)
            .addValue(
                "notStartReason",
                decision == AssessmentDecision.NOT_START ? command.notStartReason().name() : null)
            .addValue("reasonText", decision == AssessmentDecision.NOT_START ? trim(command.reasonText()) : null)
            .addValue("transferCounty", decision == AssessmentDecision.TRANSFER ? trim(command.transferCounty()) : null)
            .addValue("delayReason", late ? trim(command.delayReason()) : null)
            .addValue("decidedBy", employee.id())
            .addValue("decidedAt", Timestamp.from(now))
            .addValue("decidedOn", decidedOn));
    move(id, MatterState.RECEIVED, decision.resultingState(), now);
    event(id, employee, "DECISION_" + decision.name(), MatterState.RECEIVED, decision.resultingState(), now);
    accessLog.record(actor, Action.INTAKE_MATTER_PROCESS, Purpose.INTAKE, target);
    if (decision == AssessmentDecision.START) {
      // Handled synchronously inside this transaction: the assessment exists exactly when the decision does.
      events.publishEvent(assessmentStarted(id, command.assignedWorkerId(), employee.id(), decidedOn));
    }
    return new Result.Done(id);
  }

  private AssessmentStartDecided assessmentStarted(UUID matterId, UUID workerId, UUID decidedBy, LocalDate decidedOn) {
    return jdbc.queryForObject(
        IntakeWorkQueries.STARTED_CHILD,
        new MapSqlParameterSource("id", matterId),
        (rs, i) -> {
          String municipality = rs.getString("child_municipality_code");
          return new AssessmentStartDecided(
              matterId,
              rs.getObject("county_id", UUID.class),
              rs.getObject("team_id", UUID.class),
              rs.getObject("child_id", UUID.class),
              new AssessmentStartDecided.ReportedChild(
                  rs.getString("child_first_name"),
                  rs.getString("child_last_name"),
                  rs.getObject("child_birth_date", LocalDate.class),
                  municipality == null ? null : municipality.trim()),
              workerId,
              decidedBy,
              decidedOn,
              rs.getObject("assessment_completion_due", LocalDate.class));
        });
  }

  /** Records a notice letter sent to the child or guardians, as the worker finally worded it. */
  @Transactional
  public Result recordNotice(Actor actor, AccessTarget target, MatterForms.Notice form) {
    Actor.Employee employee = actor.asEmployee().orElseThrow();
    UUID id = UUID.fromString(target.id());
    IntakeWorkQueries.Locked matter = lock(id);
    List<FieldProblem> problems = new ArrayList<>();
    NoticeLanguage language = form.language(problems);
    LocalDate sentOn = form.sentOn(problems);
    problems.addAll(
        IntakeWorkRules.notice(
            language,
            form.noticeRecipient(),
            form.noticeBody(),
            sentOn,
            HelsinkiTime.dateOf(matter.receivedAt()),
            today()));
    if (!problems.isEmpty()) {
      return new Result.Refused(List.copyOf(problems), false);
    }
    Instant now = clock.instant();
    jdbc.update(
        IntakeWorkQueries.INSERT_NOTICE,
        new MapSqlParameterSource()
            .addValue("id", UUID.randomUUID())
            .addValue("matterId", id)
            .addValue("language", language.code())
            .addValue("recipient", form.noticeRecipient().trim())
            .addValue("body", form.noticeBody().strip())
            .addValue("sentOn", sentOn)
            .addValue("recordedBy", employee.id()));
    event(id, employee, "NOTICE_RECORDED", null, null, now);
    accessLog.record(actor, Action.INTAKE_MATTER_PROCESS, Purpose.INTAKE, target);
    return new Result.Done(id);
  }

  /** Confirms or rejects a suggested link to another matter (same name and birth date); who and when are kept. */
  @Transactional
  public Result decideLink(Actor actor, AccessTarget target, UUID otherMatterId, boolean confirm) {
    Actor.Employee employee = actor.asEmployee().orElseThrow();
    UUID id = UUID.fromString(target.id());
    lock(id);
    Instant now = clock.instant();
    int changed =
        jdbc.update(
            IntakeWorkQueries.DECIDE_LINK,
            new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("other", otherMatterId)
                .addValue("status", confirm ? "CONFIRMED" : "REJECTED")
                .addValue("decidedBy", employee.id())
                .addValue("now", Timestamp.from(now)));
    if (changed == 0) {
      return new Result.Refused(List.of(new FieldProblem("links", "intake.error.linkNotSuggested")), true);
    }
    event(id, employee, confirm ? "LINK_CONFIRMED" : "LINK_REJECTED", null, null, now);
    accessLog.record(actor, Action.INTAKE_MATTER_PROCESS, Purpose.INTAKE, target);
    return new Result.Done(id);
  }

  /**
   * After the birth, turns a prenatal notification into the child's matter ({@link PrenatalConversion}) and
   * closes the prenatal one as CONVERTED. {@link Result.Done} carries the child's new matter.
   */
  @Transactional
  public Result convertPrenatal(Actor actor, AccessTarget target, MatterForms.Conversion form) {
    Actor.Employee employee = actor.asEmployee().orElseThrow();
    UUID id = UUID.fromString(target.id());
    IntakeWorkQueries.Locked matter = lock(id);
    if (matter.kind() != MatterKind.PRENATAL_NOTIFICATION || !matter.state().canMoveTo(MatterState.CONVERTED)) {
      return new Result.Refused(List.of(new FieldProblem("childFirstName", "intake.error.cannotConvert")), true);
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate typedBirthDate = form.birthDate(problems);
    problems.addAll(
        IntakeWorkRules.conversion(
            form.childFirstName(),
            form.childLastName(),
            form.childPersonalIdentityCode(),
            typedBirthDate,
            HelsinkiTime.dateOf(matter.receivedAt()),
            today()));
    if (!problems.isEmpty()) {
      return new Result.Refused(List.copyOf(problems), false);
    }
    Instant now = clock.instant();
    UUID childMatter =
        conversion.convert(
            id,
            new PrenatalConversion.BornChild(
                form.childFirstName(),
                form.childLastName(),
                form.childPersonalIdentityCode(),
                IntakeWorkRules.birthDate(form.childPersonalIdentityCode(), typedBirthDate)),
            employee.id(),
            now);
    move(id, MatterState.RECEIVED, MatterState.CONVERTED, now);
    event(id, employee, "CONVERTED", MatterState.RECEIVED, MatterState.CONVERTED, now);
    event(childMatter, employee, "CONVERTED_FROM_PRENATAL", null, MatterState.RECEIVED, now);
    accessLog.record(actor, Action.INTAKE_MATTER_PROCESS, Purpose.INTAKE, target);
    accessLog.record(
        actor,
        Action.INTAKE_MATTER_PROCESS,
        Purpose.INTAKE,
        AccessTarget.of("intake_matter", childMatter).ownedByTeam(matter.teamId()));
    return new Result.Done(childMatter);
  }

  /**
   * A matter received by phone, on paper or in person, registered by a worker with its real received time,
   * from which the clock counts. Validated and stored like every other matter by {@link Intake#receive}.
   */
  @Transactional
  public Intake.Outcome register(Actor actor, MatterKind kind, SubmissionForm typed, UUID submissionKey) {
    List<FieldProblem> problems = new ArrayList<>();
    IntakeSubmission submission = typed.toSubmission(kind, null, true, problems);
    problems.addAll(IntakeWorkRules.registration(submission.channel(), submission.receivedAt(), ZonedDateTime.now(clock)));
    if (!problems.isEmpty()) {
      return new Intake.Outcome.Invalid(intake.withRuleProblems(problems, submission));
    }
    return intake.receive(submission, submissionKey, actor);
  }

  /** The qualified social workers of a team (LSL 13 b §), who may be assigned an assessment. */
  List<MatterView.Worker> eligibleWorkers(UUID teamId) {
    return jdbc.query(
        IntakeWorkQueries.ELIGIBLE_WORKERS, new MapSqlParameterSource("teamId", teamId), IntakeWorkQueries.WORKER);
  }

  private MatterView.MatterClock clock(MatterView.Summary summary, Optional<MatterView.Decision> decision, LocalDate today) {
    boolean running = summary.state() == MatterState.RECEIVED || summary.state() == MatterState.ASSESSMENT_STARTED;
    return new MatterView.MatterClock(
        today,
        summary.state().isOpen() ? Optional.of(deadlines.status(summary.assessmentStartDue(), today)) : Optional.empty(),
        decision.map(d -> deadlines.status(summary.assessmentStartDue(), d.decidedOn())),
        running ? Optional.of(deadlines.status(summary.assessmentCompletionDue(), today)) : Optional.empty());
  }

  private IntakeWorkQueries.Locked lock(UUID id) {
    return jdbc.query(
            IntakeWorkQueries.LOCK,
            new MapSqlParameterSource("id", id).addValue("countyId", organisation.currentCounty().id()),
            IntakeWorkQueries.LOCKED)
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such matter in this county"));
  }

  private void move(UUID id, MatterState from, MatterState to, Instant now) {
    if (!from.canMoveTo(to)) {
      throw new IllegalStateException("A matter cannot move from " + from + " to " + to);
    }
    int moved =
        jdbc.update(
            IntakeWorkQueries.MOVE,
            new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("from", from.name())
                .addValue("to", to.name())
                .addValue("now", Timestamp.from(now)));
    if (moved != 1) {
      // The row is locked, so this means the state was checked against stale data: a bug, not a race.
      throw new IllegalStateException("Matter was not in state " + from);
    }
  }

  private void event(UUID matterId, Actor.Employee employee, String event, MatterState from, MatterState to, Instant at) {
    jdbc.update(
        IntakeQueries.INSERT_EVENT,
        new MapSqlParameterSource()
            .addValue("matterId", matterId)
            .addValue("occurredAt", Timestamp.from(at))
            .addValue("employeeId", employee.id())
            .addValue("event", event)
            .addValue("fromState", from == null ? null : from.name())
            .addValue("toState", to == null ? null : to.name()));
  }

  private static Result alreadyAssessed() {
    return new Result.Refused(List.of(new FieldProblem("urgent", "intake.error.urgencyAlreadyAssessed")), true);
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
