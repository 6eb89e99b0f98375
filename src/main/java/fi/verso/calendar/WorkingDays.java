package fi.verso.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finnish working days (arkipäivät) for counting statutory deadlines: Monday to Friday, except public
 * holidays (pyhäpäivät), Christmas Eve and Midsummer Eve (legal-rules.md section 2, Määräaikalaki 150/1930
 * 5 §). New Year's Eve and May Day Eve (vappuaatto) are working days.
 *
 * <p>The holiday dates come from jollyday's Finland calendar, which was checked against the law and matches it
 * (Christmas Eve and Midsummer Eve included); {@code WorkingDaysTest} pins every date for 2024-2030 so a
 * library upgrade that changes them fails the build. Åland's own holiday (9.6) is not included: wellbeing
 * services counties are on the mainland.
 *
 * <p>Each year is computed once and kept: queue pages compute deadlines for hundreds of rows per request.
 */
public final class WorkingDays {
  /**
   * From 1973 to 1991 Epiphany and Ascension Day were moved to Saturdays; the current rules hold from 1992, so
   * earlier years are refused rather than answered wrongly.
   */
  public static final int FIRST_SUPPORTED_YEAR = 1992;

  private static final WorkingDays FINLAND = new WorkingDays();

  private final ConcurrentMap<Integer, YearCalendar> years = new ConcurrentHashMap<>();

  private WorkingDays() {}

  /** The shared instance; it is immutable apart from its cache and safe to use from any thread. */
  public static WorkingDays finland() {
    return FINLAND;
  }

  public boolean isWorkingDay(LocalDate date) {
    return year(date.getYear()).isWorkingDay(date.getDayOfYear());
  }

  /** Public holidays and the two eves that are not working days, whether or not they fall on a weekend. */
  public boolean isHoliday(LocalDate date) {
    return year(date.getYear()).holidays().contains(date);
  }

  /** The holidays of a year as used here (public holidays, Christmas Eve, Midsummer Eve), in date order. */
  public SortedSet<LocalDate> holidays(int year) {
    return year(year).holidays();
  }

  /**
   * The {@code n}th working day after {@code date} ({@code date} itself is not counted; day 1 is the next
   * working day). Negative {@code n} counts backwards; {@code n == 0} returns {@code date} unchanged, even if
   * it is not a working day.
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    int step = n >= 0 ? 1 : -1;
    int remaining = Math.abs(n);
    LocalDate day = date;
    while (remaining > 0) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; negative (the same count
   * with a minus sign, taken from {@code to} to {@code from}) when {@code to} is before {@code from}, so that
   * {@code plusWorkingDays(from, workingDaysBetween(from, to))} lands on {@code to} when {@code to} is a
   * working day.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    YearCalendar first = year(from.getYear());
    if (from.getYear() == to.getYear()) {
      return first.upTo(to.getDayOfYear()) - first.upTo(from.getDayOfYear());
    }
    int count = first.total() - first.upTo(from.getDayOfYear());
    for (int y = from.getYear() + 1; y < to.getYear(); y++) {
      count += year(y).total();
    }
    return count + year(to.getYear()).upTo(to.getDayOfYear());
  }

  private YearCalendar year(int year) {
    if (year < FIRST_SUPPORTED_YEAR) {
      throw new IllegalArgumentException(
          "Finnish working days are only known from " + FIRST_SUPPORTED_YEAR + ", not " + year);
    }
    return years.computeIfAbsent(year, YearCalendar::compute);
  }

  /**
   * One year: its holidays and, per day of year, how many working days there are from 1 January up to and
   * including that day, so that counts between any two dates are a subtraction.
   */
  private record YearCalendar(SortedSet<LocalDate> holidays, int[] workingDaysUpTo) {
    static YearCalendar compute(int year) {
      SortedSet<LocalDate> holidays = new TreeSet<>();
      for (Holiday holiday :
          Jollyday.FINLAND.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
        holidays.add(holiday.getDate());
      }
      int length = Year.of(year).length();
      int[] upTo = new int[length + 1];
      LocalDate day = LocalDate.ofYearDay(year, 1);
      for (int i = 1; i <= length; i++, day = day.plusDays(1)) {
        boolean working =
            day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
        upTo[i] = upTo[i - 1] + (working ? 1 : 0);
      }
      return new YearCalendar(Collections.unmodifiableSortedSet(holidays), upTo);
    }

    boolean isWorkingDay(int dayOfYear) {
      return workingDaysUpTo[dayOfYear] != workingDaysUpTo[dayOfYear - 1];
    }

    int upTo(int dayOfYear) {
      return workingDaysUpTo[dayOfYear];
    }

    int total() {
      return workingDaysUpTo[workingDaysUpTo.length - 1];
    }
  }

  /** Loaded on first use: jollyday parses its XML configuration, which takes a moment. */
  private static final class Jollyday {
    static final HolidayManager FINLAND =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FINLAND));
  }
}
