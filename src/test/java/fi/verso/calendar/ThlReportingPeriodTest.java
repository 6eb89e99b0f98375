package fi.verso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThlReportingPeriodTest {
  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2026-04-01, 2026H1",
    "2026-06-15, 2026H1",
    "2026-09-30, 2026H1",
    "2026-10-01, 2026H2",
    "2026-12-31, 2026H2",
    "2027-01-01, 2026H2",
    "2027-03-31, 2026H2",
    "2026-03-31, 2025H2",
    "2028-02-29, 2027H2"
  })
  void aDateBelongsToTheHalfYearItFallsIn(LocalDate date, String code) {
    ThlReportingPeriod period = ThlReportingPeriod.containing(date);

    assertThat(period.code()).isEqualTo(code);
    assertThat(period.contains(date)).isTrue();
  }

  @Test
  void theAprilPeriodRunsToSeptemberAndIsReportedBy17October() {
    ThlReportingPeriod period = ThlReportingPeriod.parse("2026H1");

    assertThat(period.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(period.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(period.reportDue()).isEqualTo(LocalDate.of(2026, 10, 17));
  }

  @Test
  void theOctoberPeriodRunsToMarchOfTheNextYearAndIsReportedBy17April() {
    ThlReportingPeriod period = ThlReportingPeriod.parse("2026H2");

    assertThat(period.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(period.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(period.reportDue()).isEqualTo(LocalDate.of(2027, 4, 17));
  }

  @Test
  void previousAndNextStepHalfAYearAcrossYears() {
    ThlReportingPeriod h1 = ThlReportingPeriod.parse("2026H1");

    assertThat(h1.previous().code()).isEqualTo("2025H2");
    assertThat(h1.previous().previous().code()).isEqualTo("2025H1");
    assertThat(h1.next().code()).isEqualTo("2026H2");
    assertThat(h1.next().next().code()).isEqualTo("2027H1");
    assertThat(h1.next().previous()).isEqualTo(h1);
  }

  @Test
  void periodsFollowEachOtherWithoutGapsOrOverlapAndEveryDayHasExactlyOne() {
    ThlReportingPeriod period = ThlReportingPeriod.containing(LocalDate.of(2024, 1, 1));
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
      if (!period.contains(d)) {
        assertThat(period.end().plusDays(1)).isEqualTo(d);
        period = period.next();
        assertThat(period.start()).isEqualTo(d);
      }
      assertThat(ThlReportingPeriod.containing(d)).as("%s", d).isEqualTo(period);
      assertThat(period.previous().contains(d)).isFalse();
      assertThat(period.next().contains(d)).isFalse();
      assertThat(period.reportDue()).isAfter(period.end());
    }
  }

  @Test
  void codesReadBackToTheSamePeriodAndSortByTime() {
    ThlReportingPeriod period = ThlReportingPeriod.containing(LocalDate.of(2026, 11, 25));

    assertThat(ThlReportingPeriod.parse(period.code())).isEqualTo(period);
    assertThat(period.toString()).isEqualTo("2026H2");
    assertThat(period.previous()).isLessThan(period);
    assertThat(period.next()).isGreaterThan(period);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026", "2026H3", "2026H0", "26H1", "2026h1", " 2026H1", "2026-H1", "H1 2026"})
  void malformedCodesAreRefused(String code) {
    assertThatThrownBy(() -> ThlReportingPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class);
  }
}
