package fi.verso.reporting;

import fi.verso.calendar.LatenessBucket;
import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.calendar.WorkingDays;
import fi.verso.intake.MatterKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What counts in THL's half-year processing-time report (LSL 27 a §, legal-rules.md section 2), as a pure rule
 * over the dates of each matter. The figures are as the records stand on the day the report is made
 * ({@code asOf}); a report made after the period has ended can count every start deadline of the period,
 * because the last of them falls about ten days after the period ends and the report is due on the 17th.
 *
 * <p>The rule:
 *
 * <ol>
 *   <li><b>Which matters.</b> Child welfare notifications (reported as child welfare) and contact requests and
 *       family-work applications (reported as special support under SHL) received, by their Helsinki date, in
 *       the period. Prenatal notifications are not counted: no assessment of a child starts before the birth
 *       (LSL 25 c §); their number is shown apart.
 *   <li><b>Start of the service need assessment</b> (7th working day, LSL 26 § 5 mom). Each matter is exactly
 *       one of:
 *       <ul>
 *         <li>started on time: a START decision dated on or before the due date;
 *         <li>started late: a START decision dated after the due date, by the working days after the due date
 *             up to and including the decision date, at least 1 (a start on the Saturday after a Friday due
 *             date is late although no working day has passed), in {@link LatenessBucket}s;
 *         <li>not started, deadline passed: no decision and the due date is before {@code asOf};
 *         <li>open within the deadline: no decision and the due date is {@code asOf} or later (counted apart);
 *         <li>no assessment: decided not to start, or transferred to another county (counted apart).
 *       </ul>
 *       The first three are the measured matters; shares are of them. A matter whose deadline has passed
 *       without a start is late, so it is in the measured matters and not left out to flatter the figures.
 *   <li><b>Completion within 3 months</b> (SHL 36 §), for every counted matter except those with no
 *       assessment: completed on time (on or before the due date), completed late, completion not recorded
 *       with the deadline passed, or open within the deadline (counted apart). Verso records no completion
 *       yet (the assessment module comes later), so every matter is one of the last two until then; the
 *       query already selects a completion date, so joining the completion record there is all it takes.
 * </ol>
 */
public final class ThlProcessingTimeReport {
  private ThlProcessingTimeReport() {}

  /** The two groups THL wants apart. */
  public enum ServiceGroup {
    /** Lastensuojelu: child welfare notifications. */
    CHILD_WELFARE,
    /** Erityistä tukea tarvitsevat lapset (SHL): contact requests and family-work applications. */
    SPECIAL_SUPPORT;

    /** Empty for a prenatal notification, which is not in the figures. */
    public static Optional<ServiceGroup> of(MatterKind kind) {
      return switch (kind) {
        case CHILD_WELFARE_NOTIFICATION -> Optional.of(CHILD_WELFARE);
        case CONTACT_REQUEST, FAMILY_WORK_APPLICATION -> Optional.of(SPECIAL_SUPPORT);
        case PRENATAL_NOTIFICATION -> Optional.empty();
      };
    }
  }

  /** The decision whether a service need assessment starts (intake_assessment_decision.decision). */
  public enum StartDecision {
    START,
    NOT_START,
    TRANSFER
  }

  /**
   * The dates of {@code count} matters that share them all (the query groups identical rows). No identifiers.
   *
   * @param decision null when not yet decided
   * @param completedOn null while no completion is recorded
   */
  public record Matters(
      MatterKind kind,
      LocalDate receivedOn,
      LocalDate startDue,
      LocalDate completionDue,
      StartDecision decision,
      LocalDate decidedOn,
      LocalDate completedOn,
      int count) {
    public Matters {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(receivedOn, "receivedOn");
      Objects.requireNonNull(startDue, "startDue");
      Objects.requireNonNull(completionDue, "completionDue");
      if (decision != null) {
        Objects.requireNonNull(decidedOn, "decidedOn");
      }
      if (count < 1) {
        throw new IllegalArgumentException("count " + count);
      }
    }
  }

  /** Where a matter stands against the start deadline. */
  public sealed interface Start {
    record OnTime() implements Start {}

    record Late(int workingDays, LatenessBucket bucket) implements Start {}

    record NotStartedDeadlinePassed() implements Start {}

    record OpenWithinDeadline() implements Start {}

    record NoAssessment() implements Start {}
  }

  /** Where a matter stands against the completion deadline. */
  public enum Completion {
    ON_TIME,
    LATE,
    NOT_RECORDED_DEADLINE_PASSED,
    OPEN_WITHIN_DEADLINE,
    NO_ASSESSMENT
  }

  /** The start figures of one group. */
  public record StartFigures(
      int onTime, Map<LatenessBucket, Integer> lateByBucket, int notStartedDeadlinePassed, int openWithinDeadline, int noAssessment) {
    public StartFigures {
      lateByBucket = Collections.unmodifiableMap(new EnumMap<>(lateByBucket));
    }

    public int late() {
      return lateByBucket.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The matters the shares are of: started on time, started late, not started with the deadline passed. */
    public int measured() {
      return onTime + late() + notStartedDeadlinePassed;
    }

    public int late(LatenessBucket bucket) {
      return lateByBucket.getOrDefault(bucket, 0);
    }
  }

  /** The completion figures of one group. */
  public record CompletionFigures(int onTime, int late, int notRecordedDeadlinePassed, int openWithinDeadline) {
    public int measured() {
      return onTime + late + notRecordedDeadlinePassed;
    }
  }

  public record GroupFigures(ServiceGroup group, StartFigures start, CompletionFigures completion) {}

  /**
   * @param prenatalNotifications received in the period and left out of the figures
   */
  public record Figures(ThlReportingPeriod period, LocalDate asOf, List<GroupFigures> groups, int prenatalNotifications) {
    public Figures {
      groups = List.copyOf(groups);
    }

    public GroupFigures group(ServiceGroup group) {
      return groups.stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }
  }

  /** The figures of {@code period} as the records stand on {@code asOf}. */
  public static Figures compute(ThlReportingPeriod period, LocalDate asOf, List<Matters> rows, WorkingDays workingDays) {
    Map<ServiceGroup, Counter> counters = new EnumMap<>(ServiceGroup.class);
    for (ServiceGroup g : ServiceGroup.values()) {
      counters.put(g, new Counter());
    }
    int prenatal = 0;
    for (Matters m : rows) {
      if (!period.contains(m.receivedOn())) {
        continue;
      }
      Optional<ServiceGroup> group = ServiceGroup.of(m.kind());
      if (group.isEmpty()) {
        prenatal += m.count();
        continue;
      }
      counters.get(group.get()).add(m, start(m, asOf, workingDays), completion(m, asOf));
    }
    List<GroupFigures> groups = new ArrayList<>();
    counters.forEach((g, c) -> groups.add(c.figures(g)));
    return new Figures(period, asOf, groups, prenatal);
  }

  /** The start rule for one matter (see the class comment). */
  public static Start start(Matters m, LocalDate asOf, WorkingDays workingDays) {
    if (m.decision() == null) {
      return m.startDue().isBefore(asOf) ? new Start.NotStartedDeadlinePassed() : new Start.OpenWithinDeadline();
    }
    if (m.decision() != StartDecision.START) {
      return new Start.NoAssessment();
    }
    if (!m.decidedOn().isAfter(m.startDue())) {
      return new Start.OnTime();
    }
    int late = Math.max(1, workingDays.workingDaysBetween(m.startDue(), m.decidedOn()));
    return new Start.Late(late, LatenessBucket.of(late));
  }

  /** The completion rule for one matter (see the class comment). */
  public static Completion completion(Matters m, LocalDate asOf) {
    if (m.decision() == StartDecision.NOT_START || m.decision() == StartDecision.TRANSFER) {
      return Completion.NO_ASSESSMENT;
    }
    if (m.completedOn() != null) {
      return m.completedOn().isAfter(m.completionDue()) ? Completion.LATE : Completion.ON_TIME;
    }
    return m.completionDue().isBefore(asOf) ? Completion.NOT_RECORDED_DEADLINE_PASSED : Completion.OPEN_WITHIN_DEADLINE;
  }

  private static final class Counter {
    int startOnTime;
    final Map<LatenessBucket, Integer> lateByBucket = new EnumMap<>(LatenessBucket.class);
    int notStartedDeadlinePassed;
    int startOpen;
    int noAssessment;
    final Map<Completion, Integer> completion = new EnumMap<>(Completion.class);

    void add(Matters m, Start start, Completion done) {
      int n = m.count();
      switch (start) {
        case Start.OnTime o -> startOnTime += n;
        case Start.Late l -> lateByBucket.merge(l.bucket(), n, Integer::sum);
        case Start.NotStartedDeadlinePassed p -> notStartedDeadlinePassed += n;
        case Start.OpenWithinDeadline o -> startOpen += n;
        case Start.NoAssessment a -> noAssessment += n;
      }
      completion.merge(done, n, Integer::sum);
    }

    GroupFigures figures(ServiceGroup group) {
      Map<LatenessBucket, Integer> buckets = new EnumMap<>(LatenessBucket.class);
      for (LatenessBucket b : LatenessBucket.values()) {
        buckets.put(b, lateByBucket.getOrDefault(b, 0));
      }
      return new GroupFigures(
          group,
          new StartFigures(startOnTime, buckets, notStartedDeadlinePassed, startOpen, noAssessment),
          new CompletionFigures(
              completion.getOrDefault(Completion.ON_TIME, 0),
              completion.getOrDefault(Completion.LATE, 0),
              completion.getOrDefault(Completion.NOT_RECORDED_DEADLINE_PASSED, 0),
              completion.getOrDefault(Completion.OPEN_WITHIN_DEADLINE, 0)));
    }
  }
}
