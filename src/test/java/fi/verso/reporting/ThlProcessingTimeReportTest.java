package fi.verso.reporting;

import static fi.verso.intake.MatterKind.CHILD_WELFARE_NOTIFICATION;
import static fi.verso.intake.MatterKind.CONTACT_REQUEST;
import static fi.verso.intake.MatterKind.FAMILY_WORK_APPLICATION;
import static fi.verso.intake.MatterKind.PRENATAL_NOTIFICATION;
import static fi.verso.reporting.ThlProcessingTimeReport.ServiceGroup.CHILD_WELFARE;
import static fi.verso.reporting.ThlProcessingTimeReport.ServiceGroup.SPECIAL_SUPPORT;
import static fi.verso.reporting.ThlProcessingTimeReport.StartDecision.NOT_START;
import static fi.verso.reporting.ThlProcessingTimeReport.StartDecision.START;
import static fi.verso.reporting.ThlProcessingTimeReport.StartDecision.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.calendar.LatenessBucket;
import fi.verso.calendar.StatutoryDeadlines;
import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.calendar.WorkingDays;
import fi.verso.intake.MatterKind;
import fi.verso.reporting.ThlProcessingTimeReport.Completion;
import fi.verso.reporting.ThlProcessingTimeReport.Figures;
import fi.verso.reporting.ThlProcessingTimeReport.Matters;
import fi.verso.reporting.ThlProcessingTimeReport.Start;
import fi.verso.reporting.ThlProcessingTimeReport.StartDecision;
import fi.verso.reporting.ThlProcessingTimeReport.StartFigures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThlProcessingTimeReportTest {
  static final WorkingDays DAYS = WorkingDays.finland();
  static final ThlReportingPeriod H1_2026 = ThlReportingPeriod.parse("2026H1");
  /** The report's due date: every start deadline of the period has passed. */
  static final LocalDate AS_OF = LocalDate.of(2026, 10, 17);

  static Matters matter(MatterKind kind, LocalDate received, StartDecision decision, LocalDate decidedOn) {
    return matter(kind, received, decision, decidedOn, null, 1);
  }

  static Matters matter(
      MatterKind kind, LocalDate received, StartDecision decision, LocalDate decidedOn, LocalDate completedOn, int count) {
    StatutoryDeadlines deadlines = StatutoryDeadlines.finland();
    return new Matters(
        kind,
        received,
        deadlines.assessmentStartDue(received),
        deadlines.assessmentCompletionDue(received),
        decision,
        decidedOn,
        completedOn,
        count);
  }

  @Test
  void aStartDecidedOnTheDueDateIsOnTime() {
    // Received Tuesday 5.5.2026; the 7th working day is Thursday 14.5 (Ascension Day is Thursday 14.5.2026,
    // so it is Friday 15.5).
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 5, 5), START, LocalDate.of(2026, 5, 15));
    assertThat(m.startDue()).isEqualTo(LocalDate.of(2026, 5, 15));
    assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS)).isEqualTo(new Start.OnTime());
  }

  @Test
  void aLateStartIsCountedInWorkingDaysAfterTheDueDate() {
    // Due Friday 15.5.2026; Monday 25.5 is the 6th working day after it.
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 5, 5), START, LocalDate.of(2026, 5, 25));
    assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS)).isEqualTo(new Start.Late(6, LatenessBucket.DAYS_1_TO_7));
  }

  @Test
  void aStartOnTheWeekendAfterTheDueDateIsOneWorkingDayLate() {
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 5, 5), START, LocalDate.of(2026, 5, 16));
    assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS)).isEqualTo(new Start.Late(1, LatenessBucket.DAYS_1_TO_7));
  }

  @Test
  void latenessFallsIntoThlsBuckets() {
    LocalDate received = LocalDate.of(2026, 4, 7);
    LocalDate due = StatutoryDeadlines.finland().assessmentStartDue(received);
    for (int late : new int[] {7, 8, 14, 15, 30, 31}) {
      Matters m = matter(CHILD_WELFARE_NOTIFICATION, received, START, DAYS.plusWorkingDays(due, late));
      assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS))
          .as("%d working days late", late)
          .isEqualTo(new Start.Late(late, LatenessBucket.of(late)));
    }
  }

  @Test
  void noDecisionAfterTheDueDateIsLateAndNotStarted() {
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 1), null, null);
    assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS)).isEqualTo(new Start.NotStartedDeadlinePassed());
  }

  @Test
  void noDecisionUpToTheDueDateIsOpenWithinTheDeadline() {
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 30), null, null);
    assertThat(ThlProcessingTimeReport.start(m, m.startDue(), DAYS)).isEqualTo(new Start.OpenWithinDeadline());
    assertThat(ThlProcessingTimeReport.start(m, m.startDue().plusDays(1), DAYS)).isEqualTo(new Start.NotStartedDeadlinePassed());
  }

  @Test
  void aDecisionNotToStartOrATransferMeansNoAssessmentToTime() {
    for (StartDecision d : List.of(NOT_START, TRANSFER)) {
      Matters m = matter(CONTACT_REQUEST, LocalDate.of(2026, 6, 1), d, LocalDate.of(2026, 6, 30));
      assertThat(ThlProcessingTimeReport.start(m, AS_OF, DAYS)).isEqualTo(new Start.NoAssessment());
      assertThat(ThlProcessingTimeReport.completion(m, AS_OF)).isEqualTo(Completion.NO_ASSESSMENT);
    }
  }

  @Test
  void completionIsOnTimeUpToThreeMonthsAfterReceipt() {
    LocalDate received = LocalDate.of(2026, 5, 31); // due 31.8.2026
    LocalDate decided = LocalDate.of(2026, 6, 2);
    assertThat(ThlProcessingTimeReport.completion(matter(CHILD_WELFARE_NOTIFICATION, received, START, decided, LocalDate.of(2026, 8, 31), 1), AS_OF))
        .isEqualTo(Completion.ON_TIME);
    assertThat(ThlProcessingTimeReport.completion(matter(CHILD_WELFARE_NOTIFICATION, received, START, decided, LocalDate.of(2026, 9, 1), 1), AS_OF))
        .isEqualTo(Completion.LATE);
  }

  @Test
  void withoutACompletionRecordTheDeadlineDecidesBetweenNotRecordedAndOpen() {
    Matters m = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 7, 17), START, LocalDate.of(2026, 7, 20)); // due 17.10
    assertThat(ThlProcessingTimeReport.completion(m, LocalDate.of(2026, 10, 17))).isEqualTo(Completion.OPEN_WITHIN_DEADLINE);
    assertThat(ThlProcessingTimeReport.completion(m, LocalDate.of(2026, 10, 18))).isEqualTo(Completion.NOT_RECORDED_DEADLINE_PASSED);
    Matters undecided = matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 4, 1), null, null);
    assertThat(ThlProcessingTimeReport.completion(undecided, AS_OF)).isEqualTo(Completion.NOT_RECORDED_DEADLINE_PASSED);
  }

  @Test
  void childWelfareAndSpecialSupportAreCountedApartAndPrenatalNotificationsNotAtAll() {
    LocalDate received = LocalDate.of(2026, 6, 2);
    LocalDate due = StatutoryDeadlines.finland().assessmentStartDue(received);
    Figures f =
        ThlProcessingTimeReport.compute(
            H1_2026,
            AS_OF,
            List.of(
                matter(CHILD_WELFARE_NOTIFICATION, received, START, due, null, 3),
                matter(CHILD_WELFARE_NOTIFICATION, received, START, DAYS.plusWorkingDays(due, 9), null, 1),
                matter(CONTACT_REQUEST, received, START, due, null, 1),
                matter(FAMILY_WORK_APPLICATION, received, null, null, null, 1),
                matter(PRENATAL_NOTIFICATION, received, null, null, null, 2)),
            DAYS);

    StartFigures cw = f.group(CHILD_WELFARE).start();
    assertThat(cw.onTime()).isEqualTo(3);
    assertThat(cw.late()).isEqualTo(1);
    assertThat(cw.late(LatenessBucket.DAYS_8_TO_14)).isEqualTo(1);
    assertThat(cw.measured()).isEqualTo(4);
    StartFigures ss = f.group(SPECIAL_SUPPORT).start();
    assertThat(ss.onTime()).isEqualTo(1);
    assertThat(ss.notStartedDeadlinePassed()).isEqualTo(1);
    assertThat(ss.measured()).isEqualTo(2);
    assertThat(f.prenatalNotifications()).isEqualTo(2);
  }

  @Test
  void onlyMattersReceivedInThePeriodCount() {
    Figures f =
        ThlProcessingTimeReport.compute(
            H1_2026,
            AS_OF,
            List.of(
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 3, 31), null, null),
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 4, 1), null, null),
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 30), null, null),
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 10, 1), null, null)),
            DAYS);
    assertThat(f.group(CHILD_WELFARE).start().notStartedDeadlinePassed()).isEqualTo(2);
  }

  @Test
  void openMattersAndMattersWithoutAssessmentAreCountedApartFromTheShares() {
    LocalDate asOf = LocalDate.of(2026, 9, 30);
    Figures f =
        ThlProcessingTimeReport.compute(
            H1_2026,
            asOf,
            List.of(
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 29), null, null),
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 1), NOT_START, LocalDate.of(2026, 9, 3)),
                matter(CHILD_WELFARE_NOTIFICATION, LocalDate.of(2026, 9, 1), START, LocalDate.of(2026, 9, 3))),
            DAYS);
    StartFigures s = f.group(CHILD_WELFARE).start();
    assertThat(s.openWithinDeadline()).isEqualTo(1);
    assertThat(s.noAssessment()).isEqualTo(1);
    assertThat(s.measured()).isEqualTo(1);
    var c = f.group(CHILD_WELFARE).completion();
    assertThat(c.openWithinDeadline()).isEqualTo(2);
    assertThat(c.measured()).isZero();
  }
}
