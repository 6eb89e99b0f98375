package fi.verso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryDeadlinesTest {
  private final StatutoryDeadlines deadlines = StatutoryDeadlines.finland();

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void receivedOnTuesdayTheAssessmentMustStartByThursdayOfTheNextWeek() {
    Instant tuesday = at("2025-03-04T10:00+02:00");

    LocalDate due = deadlines.assessmentStartDue(tuesday);

    assertThat(due).isEqualTo(LocalDate.of(2025, 3, 13));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
  }

  @ParameterizedTest(name = "received {0} ({2}): start due {1}")
  @CsvSource({
    "2025-03-07T12:00+02:00, 2025-03-18, Friday",
    "2025-03-08T12:00+02:00, 2025-03-18, Saturday: day 1 is Monday",
    "2025-03-09T12:00+02:00, 2025-03-18, Sunday: day 1 is Monday",
    "2025-04-17T12:00+03:00, 2025-04-30, Maundy Thursday: Good Friday and Easter Monday skipped",
    "2025-04-22T12:00+03:00, 2025-05-02, Tuesday after Easter: May Day skipped, May Day Eve counted",
    "2025-04-18T12:00+03:00, 2025-04-30, Good Friday: May Day Eve is the 7th working day",
    "2025-04-20T12:00+03:00, 2025-04-30, Easter Sunday",
    "2025-05-28T12:00+03:00, 2025-06-09, the day before Ascension Day",
    "2025-06-20T12:00+03:00, 2025-07-01, Midsummer Eve",
    "2024-12-06T12:00+02:00, 2024-12-17, Independence Day",
    "2025-12-24T12:00+02:00, 2026-01-08, Christmas Eve: Christmas and New Year's Day and Epiphany skipped",
    "2025-12-30T12:00+02:00, 2026-01-12, the day before New Year's Eve: New Year's Eve is day 1",
    "2025-12-31T12:00+02:00, 2026-01-13, New Year's Eve"
  })
  void theDayOfReceiptIsNotCountedAndOnlyWorkingDaysAre(
      String received, LocalDate due, String why) {
    assertThat(deadlines.assessmentStartDue(at(received))).isEqualTo(due);
  }

  @ParameterizedTest(name = "received {0} = Helsinki {1}: start due {2}")
  @CsvSource({
    // Late in the evening in Helsinki: the UTC instant is still the same date but hours earlier.
    "2025-03-03T21:30:00Z, 2025-03-03, 2025-03-12",
    // Just after midnight in Helsinki: in UTC it is still the previous date.
    "2025-03-03T22:30:00Z, 2025-03-04, 2025-03-13",
    "2025-03-03T21:59:59Z, 2025-03-03, 2025-03-12",
    "2025-03-03T22:00:00Z, 2025-03-04, 2025-03-13",
    // Summer time (UTC+3): 00:30 Helsinki on Tuesday 1.7 is 21:30Z on Monday.
    "2025-06-30T21:30:00Z, 2025-07-01, 2025-07-10",
    "2025-06-30T20:59:59Z, 2025-06-30, 2025-07-09",
    // Spring forward, Sunday 30.3.2025: 00:30 EET (UTC+2) and 23:30 EEST (UTC+3) are both Sunday.
    "2025-03-29T22:30:00Z, 2025-03-30, 2025-04-08",
    "2025-03-30T01:00:00Z, 2025-03-30, 2025-04-08",
    "2025-03-30T20:30:00Z, 2025-03-30, 2025-04-08",
    "2025-03-30T21:00:00Z, 2025-03-31, 2025-04-09",
    // Fall back, Sunday 26.10.2025: 00:30 EEST is 21:30Z on Saturday; 23:30 EET is 21:30Z on Sunday.
    "2025-10-25T21:30:00Z, 2025-10-26, 2025-11-04",
    "2025-10-26T21:30:00Z, 2025-10-26, 2025-11-04",
    "2025-10-26T22:30:00Z, 2025-10-27, 2025-11-05",
    // The repeated hour 03:00-04:00 on the fall-back night is Sunday both times.
    "2025-10-26T00:30:00Z, 2025-10-26, 2025-11-04",
    "2025-10-26T01:30:00Z, 2025-10-26, 2025-11-04"
  })
  void theDateOfReceiptIsTheHelsinkiDateWhateverTheUtcDate(
      Instant received, LocalDate helsinkiDate, LocalDate due) {
    assertThat(HelsinkiTime.dateOf(received)).isEqualTo(helsinkiDate);
    assertThat(deadlines.assessmentStartDue(received)).isEqualTo(due);
    assertThat(deadlines.assessmentStartDue(helsinkiDate)).isEqualTo(due);
  }

  @Test
  void theStartDueDateIsAlwaysAWorkingDaySevenWorkingDaysAfterReceipt() {
    WorkingDays days = WorkingDays.finland();
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
      LocalDate due = deadlines.assessmentStartDue(d);
      assertThat(days.isWorkingDay(due)).as("%s", d).isTrue();
      assertThat(days.workingDaysBetween(d, due)).as("%s", d).isEqualTo(7);
    }
  }

  @ParameterizedTest(name = "received {0}: completion due {1}")
  @CsvSource({
    "2025-03-04, 2025-06-04",
    "2025-11-30, 2026-02-28",
    "2027-11-30, 2028-02-29",
    "2023-11-29, 2024-02-29",
    "2023-11-30, 2024-02-29",
    "2025-08-31, 2025-11-30",
    "2025-05-31, 2025-08-31",
    "2025-12-31, 2026-03-31",
    "2024-02-29, 2024-05-29",
    "2025-10-31, 2026-01-31",
    "2025-11-28, 2026-02-28",
    "2025-11-29, 2026-02-28"
  })
  void completionIsDueOnTheSameNumberedDayThreeMonthsLaterOrTheMonthsLastDay(
      LocalDate received, LocalDate due) {
    assertThat(deadlines.assessmentCompletionDue(received)).isEqualTo(due);
    assertThat(deadlines.assessmentCompletionDue(received.atTime(12, 0).atZone(HelsinkiTime.ZONE).toInstant()))
        .isEqualTo(due);
  }

  @Test
  void completionDueOnASundayIsNotMovedToMonday() {
    LocalDate due = deadlines.assessmentCompletionDue(at("2025-08-31T10:00+03:00"));

    assertThat(due).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void completionDueOnAHolidayIsNotMoved() {
    // Received three months before Christmas Eve: due on Christmas Eve itself, not on 29.12.
    assertThat(deadlines.assessmentCompletionDue(LocalDate.of(2025, 9, 24)))
        .isEqualTo(LocalDate.of(2025, 12, 24));
  }

  @ParameterizedTest(name = "received {0}: completion due {1}")
  @CsvSource({
    // 23:30 on 31.8 in Helsinki (20:30Z) is still August: due 30.11.
    "2025-08-31T20:30:00Z, 2025-11-30",
    // 00:30 on 1.9 in Helsinki (21:30Z on 31.8) is September: due 1.12.
    "2025-08-31T21:30:00Z, 2025-12-01",
    // 00:30 on 1.12 in Helsinki (22:30Z on 30.11) is December: due 1.3, not 28.2.
    "2025-11-30T22:30:00Z, 2026-03-01"
  })
  void completionCountsFromTheHelsinkiDate(Instant received, LocalDate due) {
    assertThat(deadlines.assessmentCompletionDue(received)).isEqualTo(due);
  }

  @ParameterizedTest(name = "due {0}, today {1}: {2} {3}")
  @CsvSource({
    "2025-03-13, 2025-03-13, DUE_TODAY, 0",
    "2025-03-13, 2025-03-12, DUE_LATER, 1",
    "2025-03-13, 2025-03-04, DUE_LATER, 7",
    // on the weekend before, Monday to Thursday are left
    "2025-03-13, 2025-03-08, DUE_LATER, 4",
    "2025-03-13, 2025-03-14, OVERDUE, 1",
    "2025-03-13, 2025-03-15, OVERDUE, 1",
    "2025-03-13, 2025-03-16, OVERDUE, 1",
    "2025-03-13, 2025-03-17, OVERDUE, 2",
    // over Christmas and New Year: 29.12, 30.12, 31.12, 2.1
    "2025-12-23, 2026-01-02, OVERDUE, 4",
    // a completion due on a Sunday: Friday is the last working day to act
    "2025-11-30, 2025-11-28, DUE_LATER, 0",
    "2025-11-30, 2025-11-27, DUE_LATER, 1",
    "2025-11-30, 2025-11-29, DUE_LATER, 0",
    "2025-11-30, 2025-12-01, OVERDUE, 1",
    // due on a Saturday, today Sunday: overdue, though no working day has passed
    "2025-11-29, 2025-11-30, OVERDUE, 0"
  })
  void statusTellsWorkingDaysLeftOrOverdue(
      LocalDate due, LocalDate today, ClockStatus.State state, int workingDays) {
    ClockStatus status = deadlines.status(due, today);

    assertThat(status.state()).isEqualTo(state);
    assertThat(status.isOverdue()).isEqualTo(state == ClockStatus.State.OVERDUE);
    assertThat(status.workingDaysLeft()).isEqualTo(state == ClockStatus.State.DUE_LATER ? workingDays : 0);
    assertThat(status.workingDaysOverdue()).isEqualTo(state == ClockStatus.State.OVERDUE ? workingDays : 0);
  }

  @Test
  void aStartReceivedOnTuesdayIsOneWorkingDayOverdueOnFridayOfTheNextWeek() {
    LocalDate due = deadlines.assessmentStartDue(at("2025-03-04T10:00+02:00"));

    assertThat(deadlines.status(due, LocalDate.of(2025, 3, 14))).isEqualTo(ClockStatus.overdue(1));
    assertThat(LatenessBucket.of(deadlines.status(due, LocalDate.of(2025, 3, 25)).workingDaysOverdue()))
        .isEqualTo(LatenessBucket.DAYS_8_TO_14);
  }
}
