package fi.verso.service;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.web.FieldProblem;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family work and intensified family work periods of a child (SHL 18 §, LSL 36 §): starting one with its family
 * worker and goals, visits with their hours, renewing, ending with a summary, and the family worker's own list.
 * Access is checked by the caller first; every read and write here logs in its own transaction (plain
 * {@code @Transactional}: a read-only one would refuse the access-log insert).
 */
@Service
public class FamilyWork {
  private static final MeasureLifecycle LIFECYCLE = new MeasureLifecycle("service.error.periodEnded");

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final ObjectProvider<ClientPlanGoals> planGoals;
  private final ChildLookup children;

  FamilyWork(
      NamedParameterJdbcTemplate jdbc,
      Clock clock,
      AccessLog accessLog,
      ObjectProvider<ClientPlanGoals> planGoals,
      ChildLookup children) {
    this.jdbc = jdbc;
    this.children = children;
    this.clock = clock;
    this.accessLog = accessLog;
    this.planGoals = planGoals;
  }

  public record Worker(UUID id, String displayName) {}

  public record PeriodRow(
      UUID id,
      FamilyWorkKind kind,
      String workerName,
      LocalDate startedOn,
      LocalDate plannedEndOn,
      LocalDate endedOn,
      BigDecimal hours,
      int visits,
      Optional<MeasureEnd.Reason> flag) {}

  public record ChildFamilyWork(
      ChildSummary child,
      List<RelationshipOption> relationships,
      List<PeriodRow> periods,
      List<Worker> workers,
      Optional<String> planGoals,
      LocalDate today) {}

  public record Visit(UUID id, LocalDate visitedOn, BigDecimal hours, String notes, String recordedBy) {}

  public record Period(
      UUID id,
      ChildSummary child,
      String relationshipKind,
      FamilyWorkKind kind,
      UUID familyWorkerId,
      String workerName,
      LocalDate startedOn,
      LocalDate plannedEndOn,
      String goals,
      LocalDate nextVisitOn,
      LocalDate decisionEndedOn,
      LocalDate endedOn,
      String endSummary,
      List<Visit> visits,
      LocalDate today) {

    public boolean ended() {
      return endedOn != null;
    }

    public BigDecimal totalHours() {
      return visits.stream().map(Visit::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<MeasureEnd.Reason> flag() {
      return MeasureEnd.needsAction(plannedEndOn, decisionEndedOn, endedOn, today);
    }
  }

  public record MyPeriod(
      UUID id,
      UUID childId,
      String childName,
      FamilyWorkKind kind,
      LocalDate startedOn,
      LocalDate plannedEndOn,
      LocalDate nextVisitOn,
      LocalDate lastVisitOn,
      BigDecimal hours,
      Optional<MeasureEnd.Reason> flag) {}

  public record MyFamilyWork(List<MyPeriod> periods, LocalDate today) {
    /** The visits agreed from today on, soonest first. */
    public List<MyPeriod> nextVisits() {
      return periods.stream()
          .filter(p -> p.nextVisitOn() != null && !p.nextVisitOn().isBefore(today))
          .sorted(java.util.Comparator.comparing(MyPeriod::nextVisitOn))
          .toList();
    }
  }

  /** The child's periods and what starting a new one needs; empty when the county knows no such child. */
  @Transactional
  public Optional<ChildFamilyWork> ofChild(Actor.Employee actor, UUID childId) {
    Optional<ChildSummary> child = children.child(actor, childId);
    if (child.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    MapSqlParameterSource p = childParams(actor, childId);
    List<PeriodRow> periods =
        jdbc.query(
            FamilyWorkQueries.PERIODS_OF_CHILD,
            p,
            (rs, i) -> {
              LocalDate planned = FamilyWorkQueries.date(rs, "planned_end_on");
              LocalDate ended = FamilyWorkQueries.date(rs, "ended_on");
              return new PeriodRow(
                  rs.getObject("id", UUID.class),
                  FamilyWorkKind.valueOf(rs.getString("kind")),
                  rs.getString("worker_name"),
                  FamilyWorkQueries.date(rs, "started_on"),
                  planned,
                  ended,
                  FamilyWorkQueries.hours(rs, "hours"),
                  rs.getInt("visits"),
                  MeasureEnd.needsAction(planned, FamilyWorkQueries.date(rs, "decision_ended_on"), ended, today));
            });
    accessLog.record(actor, Action.SERVICE_DELIVERY_VIEW, Purpose.CLIENT_SERVICE, ServiceTargets.child(childId));
    Optional<String> goals =
        Optional.ofNullable(planGoals.getIfAvailable()).flatMap(source -> source.currentGoals(childId));
    return Optional.of(
        new ChildFamilyWork(child.get(), children.relationships(actor, childId), periods, workers(actor), goals, today));
  }

  @Transactional
  public Outcome start(Actor.Employee actor, UUID childId, FamilyWorkForms.Start form) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<RelationshipOption> relationship =
        MeasureLifecycle.relationship(children.relationships(actor, childId), form.measureRelationship(), problems);
    FamilyWorkKind kind = FormInput.choice(FamilyWorkKind.class, form.periodKind(), "periodKind", true, problems);
    if (kind != null && relationship.isPresent() && !FamilyWorkRules.kindAllowed(kind, relationship.get().kind())) {
      problems.add(new FieldProblem("periodKind", "service.error.intensifiedNeedsChildWelfare"));
    }
    UUID workerId = FormInput.id(form.familyWorker(), "familyWorker", true, problems);
    if (workerId != null && workers(actor).stream().noneMatch(w -> w.id().equals(workerId))) {
      problems.add(new FieldProblem("familyWorker", "service.error.notAFamilyWorker"));
    }
    LocalDate start = FormInput.date(form.periodStart(), "periodStart", true, problems);
    LocalDate plannedEnd = FormInput.date(form.plannedEnd(), "plannedEnd", true, problems);
    if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
      problems.add(new FieldProblem("plannedEnd", "service.error.endBeforeStart"));
    }
    String goals = FormInput.text(form.periodGoals(), "periodGoals", true, FormInput.MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        FamilyWorkQueries.INSERT_PERIOD,
        childParams(actor, childId)
            .addValue("id", id)
            .addValue("relationshipId", relationship.orElseThrow().id())
            .addValue("kind", kind.name())
            .addValue("workerId", workerId)
            .addValue("startedOn", start)
            .addValue("plannedEndOn", plannedEnd)
            .addValue("goals", goals)
            .addValue("actorId", actor.id())
            .addValue("now", now()));
    accessLog.record(
        actor, Action.SERVICE_DELIVERY_RECORD, Purpose.CLIENT_SERVICE, ServiceTargets.of("family_work_period", id, childId));
    return new Outcome.Done(id);
  }

  /** A period with its visits; empty when it is not this child's. */
  @Transactional
  public Optional<Period> period(Actor.Employee actor, UUID childId, UUID periodId) {
    Optional<Period> period = load(actor, childId, periodId);
    period.ifPresent(
        p ->
            accessLog.record(
                actor,
                Action.SERVICE_DELIVERY_VIEW,
                Purpose.CLIENT_SERVICE,
                ServiceTargets.of("family_work_period", periodId, childId)));
    return period;
  }

  @Transactional
  public Outcome recordVisit(Actor.Employee actor, UUID childId, UUID periodId, FamilyWorkForms.Visit form) {
    Period period = load(actor, childId, periodId).orElseThrow(NotFound::new);
    if (period.ended()) {
      return LIFECYCLE.over("visitDate");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate visitedOn = FormInput.date(form.visitDate(), "visitDate", true, problems);
    Optional<BigDecimal> hours = Optional.empty();
    if (form.visitHours() == null || form.visitHours().isBlank()) {
      problems.add(new FieldProblem("visitHours", "service.error.required"));
    } else {
      hours = FamilyWorkRules.hours(form.visitHours());
      if (hours.isEmpty()) {
        problems.add(new FieldProblem("visitHours", "service.error.hours"));
      }
    }
    String notes = FormInput.text(form.visitNotes(), "visitNotes", true, FormInput.MAX_TEXT, problems);
    LocalDate nextVisit = FormInput.date(form.nextVisit(), "nextVisit", false, problems);
    problems.addAll(FamilyWorkRules.visitDates(period.startedOn(), visitedOn, nextVisit, period.today()));
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    Timestamp now = now();
    jdbc.update(
        FamilyWorkQueries.INSERT_VISIT,
        new MapSqlParameterSource()
            .addValue("id", UUID.randomUUID())
            .addValue("periodId", periodId)
            .addValue("visitedOn", visitedOn)
            .addValue("hours", hours.orElseThrow())
            .addValue("notes", notes)
            .addValue("actorId", actor.id())
            .addValue("now", now));
    if (nextVisit != null) {
      jdbc.update(
          FamilyWorkQueries.SET_NEXT_VISIT,
          new MapSqlParameterSource("periodId", periodId).addValue("nextVisit", nextVisit).addValue("now", now));
    }
    return recorded(actor, childId, periodId);
  }

  @Transactional
  public Outcome end(Actor.Employee actor, UUID childId, UUID periodId, FamilyWorkForms.End form) {
    Period period = load(actor, childId, periodId).orElseThrow(NotFound::new);
    if (period.ended()) {
      return LIFECYCLE.over("periodEndDate");
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate endDate = FormInput.date(form.periodEndDate(), "periodEndDate", true, problems);
    String summary = FormInput.text(form.periodEndSummary(), "periodEndSummary", false, FormInput.MAX_TEXT, problems);
    problems.addAll(FamilyWorkRules.ending(period.startedOn(), endDate, summary, period.today()));
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    int updated =
        jdbc.update(
            FamilyWorkQueries.END_PERIOD,
            new MapSqlParameterSource("periodId", periodId)
                .addValue("endedOn", endDate)
                .addValue("summary", summary)
                .addValue("actorId", actor.id())
                .addValue("now", now()));
    return LIFECYCLE.unlessOverMeanwhile(updated, "periodEndDate", () -> recorded(actor, childId, periodId));
  }

  /** A new planned end on a new decision: the period runs on and is no longer flagged. */
  @Transactional
  public Outcome renew(Actor.Employee actor, UUID childId, UUID periodId, MeasureForms.Renew form) {
    Period period = load(actor, childId, periodId).orElseThrow(NotFound::new);
    return LIFECYCLE.renew(
        period.ended(),
        period.today(),
        form,
        until -> {
          jdbc.update(
              FamilyWorkQueries.RENEW_PERIOD,
              new MapSqlParameterSource("periodId", periodId).addValue("plannedEndOn", until).addValue("now", now()));
          return recorded(actor, childId, periodId);
        });
  }

  /** Until the decision module sets it: the day the decision the period rests on ended (or will end). */
  @Transactional
  public Outcome decisionEnded(Actor.Employee actor, UUID childId, UUID periodId, MeasureForms.DecisionEnded form) {
    Period period = load(actor, childId, periodId).orElseThrow(NotFound::new);
    return LIFECYCLE.decisionEnded(
        period.ended(),
        form,
        endedOn -> {
          jdbc.update(
              FamilyWorkQueries.DECISION_ENDED,
              new MapSqlParameterSource("periodId", periodId).addValue("endedOn", endedOn).addValue("now", now()));
          return recorded(actor, childId, periodId);
        });
  }

  /** The open periods the actor is the family worker of, next visits first; the read is logged. */
  @Transactional
  public MyFamilyWork mine(Actor.Employee actor) {
    LocalDate today = today();
    List<UUID> seen = new ArrayList<>();
    List<MyPeriod> periods =
        jdbc.query(
            FamilyWorkQueries.MY_PERIODS,
            new MapSqlParameterSource("me", actor.id()).addValue("countyId", actor.countyId()),
            (rs, i) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              seen.add(child);
              LocalDate planned = FamilyWorkQueries.date(rs, "planned_end_on");
              return new MyPeriod(
                  rs.getObject("id", UUID.class),
                  child,
                  (rs.getString("first_name") + " " + rs.getString("last_name")).trim(),
                  FamilyWorkKind.valueOf(rs.getString("kind")),
                  FamilyWorkQueries.date(rs, "started_on"),
                  planned,
                  FamilyWorkQueries.date(rs, "next_visit_on"),
                  FamilyWorkQueries.date(rs, "last_visit_on"),
                  FamilyWorkQueries.hours(rs, "hours"),
                  MeasureEnd.needsAction(planned, FamilyWorkQueries.date(rs, "decision_ended_on"), null, today));
            });
    if (!seen.isEmpty()) {
      accessLog.record(
          actor,
          Action.MY_CHILDREN_VIEW,
          Purpose.CLIENT_SERVICE,
          ServiceTargets.of("family_work_own", actor.id(), seen.stream().distinct().toList()));
    }
    return new MyFamilyWork(periods, today);
  }

  /** A change to the period was stored: logged in the same transaction, and the period is what to show next. */
  private Outcome recorded(Actor.Employee actor, UUID childId, UUID periodId) {
    accessLog.record(
        actor, Action.SERVICE_DELIVERY_RECORD, Purpose.CLIENT_SERVICE, ServiceTargets.of("family_work_period", periodId, childId));
    return new Outcome.Done(periodId);
  }

  private Optional<Period> load(Actor.Employee actor, UUID childId, UUID periodId) {
    Optional<ChildSummary> child = children.child(actor, childId);
    if (child.isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = today();
    List<Visit> visits =
        jdbc.query(
            FamilyWorkQueries.VISITS,
            new MapSqlParameterSource("periodId", periodId),
            (rs, i) ->
                new Visit(
                    rs.getObject("id", UUID.class),
                    FamilyWorkQueries.date(rs, "visited_on"),
                    FamilyWorkQueries.hours(rs, "duration_hours"),
                    rs.getString("notes"),
                    rs.getString("recorded_by_name")));
    return jdbc.query(
            FamilyWorkQueries.PERIOD,
            childParams(actor, childId).addValue("id", periodId),
            (rs, i) ->
                new Period(
                    rs.getObject("id", UUID.class),
                    child.get(),
                    rs.getString("relationship_kind"),
                    FamilyWorkKind.valueOf(rs.getString("kind")),
                    rs.getObject("family_worker_id", UUID.class),
                    rs.getString("worker_name"),
                    FamilyWorkQueries.date(rs, "started_on"),
                    FamilyWorkQueries.date(rs, "planned_end_on"),
                    rs.getString("goals"),
                    FamilyWorkQueries.date(rs, "next_visit_on"),
                    FamilyWorkQueries.date(rs, "decision_ended_on"),
                    FamilyWorkQueries.date(rs, "ended_on"),
                    rs.getString("end_summary"),
                    visits,
                    today))
        .stream()
        .findFirst();
  }

  private List<Worker> workers(Actor.Employee actor) {
    return jdbc.query(
        FamilyWorkQueries.FAMILY_WORKERS,
        new MapSqlParameterSource("countyId", actor.countyId()),
        (rs, i) -> new Worker(rs.getObject("id", UUID.class), rs.getString("display_name")));
  }

  private static MapSqlParameterSource childParams(Actor.Employee actor, UUID childId) {
    return new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId());
  }

  private LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
