package fi.verso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDaysTest {
  private final WorkingDays days = WorkingDays.finland();

  /**
   * The law's list (legal-rules.md section 2), computed here without jollyday: fixed dates, Easter by the
   * anonymous Gregorian algorithm, and the weekday-between rules by walking the dates.
   */
  enum Kind {
    NEW_YEARS_DAY(y -> LocalDate.of(y, 1, 1)),
    EPIPHANY(y -> LocalDate.of(y, 1, 6)),
    GOOD_FRIDAY(y -> easterSunday(y).minusDays(2)),
    EASTER_SUNDAY(WorkingDaysTest::easterSunday),
    EASTER_MONDAY(y -> easterSunday(y).plusDays(1)),
    MAY_DAY(y -> LocalDate.of(y, 5, 1)),
    ASCENSION_DAY(y -> easterSunday(y).plusDays(39)),
    PENTECOST(y -> easterSunday(y).plusDays(49)),
    MIDSUMMER_EVE(y -> onlyWeekdayBetween(DayOfWeek.FRIDAY, LocalDate.of(y, 6, 19), LocalDate.of(y, 6, 25))),
    MIDSUMMER_DAY(y -> onlyWeekdayBetween(DayOfWeek.SATURDAY, LocalDate.of(y, 6, 20), LocalDate.of(y, 6, 26))),
    ALL_SAINTS_DAY(
        y -> onlyWeekdayBetween(DayOfWeek.SATURDAY, LocalDate.of(y, 10, 31), LocalDate.of(y, 11, 6))),
    INDEPENDENCE_DAY(y -> LocalDate.of(y, 12, 6)),
    CHRISTMAS_EVE(y -> LocalDate.of(y, 12, 24)),
    CHRISTMAS_DAY(y -> LocalDate.of(y, 12, 25)),
    BOXING_DAY(y -> LocalDate.of(y, 12, 26));

    final IntFunction<LocalDate> date;

    Kind(IntFunction<LocalDate> date) {
      this.date = date;
    }
  }

  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  static LocalDate onlyWeekdayBetween(DayOfWeek weekday, LocalDate first, LocalDate last) {
    List<LocalDate> found = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == weekday) {
        found.add(d);
      }
    }
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  static Stream<Arguments> everyHolidayKindEveryYear() {
    return IntStream.rangeClosed(2024, 2030)
        .boxed()
        .flatMap(year -> Stream.of(Kind.values()).map(kind -> Arguments.of(year, kind)));
  }

  static IntStream years() {
    return IntStream.rangeClosed(2024, 2030);
  }

  @ParameterizedTest(name = "{1} {0} is not a working day")
  @MethodSource("everyHolidayKindEveryYear")
  void everyHolidayOfTheLawIsNotAWorkingDay(int year, Kind kind) {
    LocalDate date = kind.date.apply(year);

    assertThat(days.isHoliday(date)).isTrue();
    assertThat(days.isWorkingDay(date)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void holidaysOfAYearAreExactlyTheLawsListAndNothingMore(int year) {
    Set<LocalDate> expected = new TreeSet<>();
    for (Kind kind : Kind.values()) {
      expected.add(kind.date.apply(year));
    }

    assertThat(days.holidays(year)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2028, 2028-04-16",
    "2029, 2029-04-01",
    "2030, 2030-04-21"
  })
  void testsOwnEasterAgreesWithThePublishedDates(int year, LocalDate easter) {
    assertThat(easterSunday(year)).isEqualTo(easter);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // year, Midsummer Eve, All Saints' Day (from the almanac)
    "2024, 2024-06-21, 2024-11-02",
    "2025, 2025-06-20, 2025-11-01",
    "2026, 2026-06-19, 2026-10-31",
    "2027, 2027-06-25, 2027-11-06",
    "2028, 2028-06-23, 2028-11-04",
    "2029, 2029-06-22, 2029-11-03",
    "2030, 2030-06-21, 2030-11-02"
  })
  void midsummerAndAllSaintsFallOnTheAlmanacsDates(
      int year, LocalDate midsummerEve, LocalDate allSaints) {
    assertThat(days.isHoliday(midsummerEve)).isTrue();
    assertThat(days.isHoliday(midsummerEve.plusDays(1))).isTrue();
    assertThat(days.isHoliday(allSaints)).isTrue();
    assertThat(days.isWorkingDay(midsummerEve)).isFalse();
    assertThat(days.isWorkingDay(midsummerEve.minusDays(1))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void newYearsEveAndMayDayEveAreWorkingDaysOnWeekdays(int year) {
    for (LocalDate eve : List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 4, 30))) {
      boolean weekday =
          eve.getDayOfWeek() != DayOfWeek.SATURDAY && eve.getDayOfWeek() != DayOfWeek.SUNDAY;
      assertThat(days.isHoliday(eve)).as("%s", eve).isFalse();
      assertThat(days.isWorkingDay(eve)).as("%s", eve).isEqualTo(weekday);
    }
  }

  @Test
  void newYearsEve2025IsAWorkingDayBetweenTwoHolidays() {
    assertThat(days.isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(days.plusWorkingDays(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(days.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = DayOfWeek.class,
      names = {"SATURDAY", "SUNDAY"})
  void weekendsAreNeverWorkingDays(DayOfWeek weekend) {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
      if (d.getDayOfWeek() == weekend) {
        assertThat(days.isWorkingDay(d)).as("%s", d).isFalse();
      }
    }
  }

  @Test
  void anOrdinaryWeekdayIsAWorkingDay() {
    assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 4))).isTrue();
    assertThat(days.isHoliday(LocalDate.of(2025, 3, 4))).isFalse();
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Tuesday + 7 = Thursday of the next week
    "2025-03-04, 7, 2025-03-13",
    // from a Saturday and a Sunday, day 1 is Monday
    "2025-03-08, 1, 2025-03-10",
    "2025-03-09, 1, 2025-03-10",
    // over Easter 2025: Good Friday 18.4 and Easter Monday 21.4
    "2025-04-17, 1, 2025-04-22",
    // over Christmas 2024 (24-26.12 Tue-Thu) and New Year's Day 2025 (Wed)
    "2024-12-23, 1, 2024-12-27",
    "2024-12-23, 3, 2024-12-31",
    "2024-12-23, 4, 2025-01-02",
    // zero is the date itself, even on a Sunday
    "2025-03-09, 0, 2025-03-09",
    // backwards
    "2025-03-10, -1, 2025-03-07",
    "2025-04-22, -1, 2025-04-17",
    "2025-01-02, -2, 2024-12-30"
  })
  void plusWorkingDaysSkipsWeekendsAndHolidays(LocalDate from, int n, LocalDate expected) {
    assertThat(days.plusWorkingDays(from, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} .. {1} = {2}")
  @CsvSource({
    "2025-03-04, 2025-03-04, 0",
    "2025-03-04, 2025-03-05, 1",
    "2025-03-04, 2025-03-13, 7",
    "2025-03-07, 2025-03-09, 0",
    "2025-03-07, 2025-03-10, 1",
    "2025-03-13, 2025-03-04, -7",
    "2025-03-10, 2025-03-07, -1",
    "2024-12-23, 2025-01-02, 4",
    // a whole year: 2025 has 251 Finnish working days
    "2024-12-31, 2025-12-31, 251",
    "2023-12-31, 2026-12-31, 755"
  })
  void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo(
      LocalDate from, LocalDate to, int expected) {
    assertThat(days.workingDaysBetween(from, to)).isEqualTo(expected);
  }

  @Test
  void countingAndSteppingAgreeWithANaiveCountOnEveryDayFrom2024To2030() {
    for (LocalDate from = LocalDate.of(2024, 1, 1); from.getYear() <= 2030; from = from.plusDays(1)) {
      for (int n = 0; n <= 25; n++) {
        LocalDate to = days.plusWorkingDays(from, n);
        assertThat(days.workingDaysBetween(from, to)).as("%s + %d", from, n).isEqualTo(n);
        assertThat(days.workingDaysBetween(to, from)).as("%s - %d", to, n).isEqualTo(-n);
        assertThat(to.equals(from) || days.isWorkingDay(to)).isTrue();
      }
      LocalDate later = from.plusDays(40);
      int naive = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(later); d = d.plusDays(1)) {
        if (isWorkingDayNaively(d)) {
          naive++;
        }
      }
      assertThat(days.workingDaysBetween(from, later)).as("%s .. %s", from, later).isEqualTo(naive);
    }
  }

  private static boolean isWorkingDayNaively(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    for (Kind kind : Kind.values()) {
      if (kind.date.apply(d.getYear()).equals(d)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void yearsBeforeTheCurrentHolidayRulesAreRefused() {
    // 1973-1991 Epiphany and Ascension Day were on Saturdays; answering with today's rules would be wrong.
    assertThatThrownBy(() -> days.isWorkingDay(LocalDate.of(1991, Month.JANUARY, 7)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(days.isWorkingDay(LocalDate.of(1992, Month.JANUARY, 7))).isTrue();
  }
}
