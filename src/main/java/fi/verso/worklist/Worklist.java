package fi.verso.worklist;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.plan.ChildMeetingPolicy;
import fi.verso.plan.DueStatus;
import fi.verso.plan.PlanBasis;
import fi.verso.plan.PlanReviewPolicy;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.TeamRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's children and a team lead's overdue items. Each list is one query; the deadlines come from the named
 * policies, so the lists are sorted after the policies have been applied (a worker has some tens of children).
 */
@Service
public class Worklist {
  /** How long before an assessment is due to be completed the lists start to warn about it. */
  public static final int ASSESSMENT_WARNING_DAYS = 14;

  private final NamedParameterJdbcTemplate jdbc;
  private final AccessLog accessLog;
  private final Clock clock;

  Worklist(NamedParameterJdbcTemplate jdbc, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** The worker's own children, the nearest deadline first; children without a deadline last, by name. */
  @Transactional
  public List<ChildWork> myChildren(Actor.Employee actor) {
    LocalDate today = LocalDate.now(clock);
    List<ChildWork> children =
        jdbc
            .query(
                WorklistQueries.MY_CHILDREN,
                new MapSqlParameterSource("me", actor.id()).addValue("countyId", actor.countyId()),
                WorklistQueries.ROW)
            .stream()
            .map(row -> work(row, today))
            .sorted(NEAREST_DEADLINE)
            .toList();
    if (!children.isEmpty()) {
      accessLog.record(
          actor,
          Action.MY_CHILDREN_VIEW,
          Purpose.CLIENT_SERVICE,
          AccessTarget.of("worklist", actor.id())
              .concerningChildren(children.stream().map(ChildWork::childId).distinct().toList()));
    }
    return children;
  }

  /**
   * The overdue assessments, plan reviews and children not met for too long in the teams the actor leads, per
   * worker (by name), the longest overdue first.
   */
  @Transactional
  public TeamOverdue teamOverdue(Actor.Employee actor) {
    List<UUID> teams =
        actor.teams().entrySet().stream()
            .filter(e -> e.getValue() == TeamRole.LEAD)
            .map(Map.Entry::getKey)
            .toList();
    if (teams.isEmpty()) {
      return new TeamOverdue(List.of());
    }
    LocalDate today = LocalDate.now(clock);
    Map<UUID, List<TeamOverdue.Item>> items = new LinkedHashMap<>();
    Map<UUID, String> names = new LinkedHashMap<>();
    for (WorklistQueries.Row row :
        jdbc.query(
            WorklistQueries.TEAM_CHILDREN,
            new MapSqlParameterSource("teamIds", teams).addValue("countyId", actor.countyId()),
            WorklistQueries.ROW)) {
      ChildWork work = work(row, today);
      Stream.of(assessment(row, today), review(row, today), work.nextMeeting())
          .flatMap(Optional::stream)
          .filter(d -> d.status().isOverdue())
          .forEach(
              d -> {
                names.put(row.workerId(), row.workerName());
                items.computeIfAbsent(row.workerId(), k -> new ArrayList<>())
                    .add(new TeamOverdue.Item(row.childId(), row.childName(), d));
              });
    }
    List<TeamOverdue.WorkerItems> workers =
        items.entrySet().stream()
            .map(
                e ->
                    new TeamOverdue.WorkerItems(
                        e.getKey(),
                        names.get(e.getKey()),
                        e.getValue().stream()
                            .sorted(
                                Comparator.comparing((TeamOverdue.Item i) -> i.deadline().due())
                                    .thenComparing(TeamOverdue.Item::childName))
                            .toList()))
            .sorted(Comparator.comparing(TeamOverdue.WorkerItems::workerName))
            .toList();
    List<UUID> shown =
        workers.stream().flatMap(w -> w.items().stream()).map(TeamOverdue.Item::childId).distinct().toList();
    if (!shown.isEmpty()) {
      accessLog.record(
          actor,
          Action.TEAM_CASELOAD_VIEW,
          Purpose.CLIENT_SERVICE,
          AccessTarget.of("team_overdue", actor.id()).concerningChildren(shown));
    }
    return new TeamOverdue(workers);
  }

  private static ChildWork work(WorklistQueries.Row row, LocalDate today) {
    Optional<PlanBasis> basis = row.kind().map(PlanBasis::valueOf);
    Optional<Deadline> assessment = assessment(row, today);
    Optional<Deadline> review = review(row, today);
    Optional<LocalDate> lastMet = row.lastMetAt().map(HelsinkiTime::dateOf);
    Optional<Deadline> meeting =
        row.meetingEveryWeeks()
            .flatMap(
                weeks ->
                    row.firstPlanMadeOn()
                        .map(first -> ChildMeetingPolicy.nextMeetingDue(lastMet, first, weeks)))
            .map(due -> new Deadline(Deadline.Kind.MEETING, due, ChildMeetingPolicy.status(due, today)));
    List<OpenTask> tasks = new ArrayList<>();
    assessment.ifPresent(
        d -> {
          if (d.status().isOverdue()) {
            tasks.add(OpenTask.ASSESSMENT_OVERDUE);
          } else if (d.status().needsAttention()) {
            tasks.add(OpenTask.ASSESSMENT_DUE_SOON);
          }
        });
    if (basis.isPresent() && row.planMadeOn().isEmpty()) {
      tasks.add(OpenTask.NO_PLAN);
    }
    review.ifPresent(
        d -> {
          if (d.status().isOverdue()) {
            tasks.add(OpenTask.PLAN_REVIEW_OVERDUE);
          } else if (d.status().needsAttention()) {
            tasks.add(OpenTask.PLAN_REVIEW_DUE_SOON);
          }
        });
    if (meeting.map(d -> d.status().isOverdue()).orElse(false)) {
      tasks.add(OpenTask.NOT_MET_TOO_LONG);
    }
    Optional<Deadline> next =
        Stream.of(assessment, review).flatMap(Optional::stream).min(Comparator.comparing(Deadline::due));
    return new ChildWork(
        row.childId(), row.childName(), row.role(), basis, next, lastMet, row.meetingEveryWeeks(), meeting, tasks);
  }

  private static Optional<Deadline> assessment(WorklistQueries.Row row, LocalDate today) {
    return row.assessmentDue()
        .map(
            due ->
                new Deadline(
                    Deadline.Kind.ASSESSMENT_COMPLETION, due, DueStatus.of(due, today, ASSESSMENT_WARNING_DAYS)));
  }

  private static Optional<Deadline> review(WorklistQueries.Row row, LocalDate today) {
    return row.kind()
        .map(PlanBasis::valueOf)
        .flatMap(basis -> row.planMadeOn().flatMap(made -> PlanReviewPolicy.reviewDue(basis, made)))
        .map(due -> new Deadline(Deadline.Kind.PLAN_REVIEW, due, PlanReviewPolicy.status(due, today)));
  }

  /**
   * The nearest of the assessment and plan review deadlines first; then the next meeting; then the name. A child
   * with no deadline at all goes last.
   */
  private static final Comparator<ChildWork> NEAREST_DEADLINE =
      Comparator.comparing(
              (ChildWork c) -> c.nextDeadline().map(Deadline::due).orElse(LocalDate.MAX))
          .thenComparing(c -> c.nextMeeting().map(Deadline::due).orElse(LocalDate.MAX))
          .thenComparing(ChildWork::childName);
}
