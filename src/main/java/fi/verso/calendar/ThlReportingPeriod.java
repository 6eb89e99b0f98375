package fi.verso.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A THL follow-up period for the statutory clocks (LSL 27 a §, legal-rules.md section 2): 1.4-30.9, reported
 * by 17.10, and 1.10-31.3, reported by 17.4.
 *
 * <p>Code convention: the year is the year the period starts, and H1 is the period starting in April. So
 * {@code 2026H1} is 1.4.2026-30.9.2026 (report due 17.10.2026) and {@code 2026H2} is 1.10.2026-31.3.2027
 * (report due 17.4.2027). January to March therefore belong to the previous year's H2. The report due date
 * is the plain date, not moved off a weekend, like the other deadlines of the authority itself.
 */
public record ThlReportingPeriod(int startYear, Half half) implements Comparable<ThlReportingPeriod> {
  public enum Half {
    /** 1.4-30.9. */
    H1,
    /** 1.10-31.3 of the next year. */
    H2
  }

  private static final Pattern CODE = Pattern.compile("(\\d{4})(H[12])");

  public ThlReportingPeriod {
    Objects.requireNonNull(half, "half");
    if (startYear < 1000 || startYear > 9998) {
      throw new IllegalArgumentException("Unsupported year " + startYear);
    }
  }

  public static ThlReportingPeriod containing(LocalDate date) {
    int month = date.getMonthValue();
    if (month >= Month.APRIL.getValue() && month <= Month.SEPTEMBER.getValue()) {
      return new ThlReportingPeriod(date.getYear(), Half.H1);
    }
    int startYear = month >= Month.OCTOBER.getValue() ? date.getYear() : date.getYear() - 1;
    return new ThlReportingPeriod(startYear, Half.H2);
  }

  /** The period of a code such as {@code 2026H1}; see the class comment for the convention. */
  public static ThlReportingPeriod parse(String code) {
    Matcher m = CODE.matcher(Objects.requireNonNull(code, "code"));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a THL reporting period code: " + code);
    }
    return new ThlReportingPeriod(Integer.parseInt(m.group(1)), Half.valueOf(m.group(2)));
  }

  public String code() {
    return startYear + half.name();
  }

  public LocalDate start() {
    return half == Half.H1 ? LocalDate.of(startYear, 4, 1) : LocalDate.of(startYear, 10, 1);
  }

  public LocalDate end() {
    return half == Half.H1 ? LocalDate.of(startYear, 9, 30) : LocalDate.of(startYear + 1, 3, 31);
  }

  public LocalDate reportDue() {
    return half == Half.H1 ? LocalDate.of(startYear, 10, 17) : LocalDate.of(startYear + 1, 4, 17);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public ThlReportingPeriod previous() {
    return half == Half.H2
        ? new ThlReportingPeriod(startYear, Half.H1)
        : new ThlReportingPeriod(startYear - 1, Half.H2);
  }

  public ThlReportingPeriod next() {
    return half == Half.H1
        ? new ThlReportingPeriod(startYear, Half.H2)
        : new ThlReportingPeriod(startYear + 1, Half.H1);
  }

  @Override
  public int compareTo(ThlReportingPeriod other) {
    return start().compareTo(other.start());
  }

  @Override
  public String toString() {
    return code();
  }
}
