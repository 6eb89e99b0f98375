package fi.verso.reporting;

import java.util.List;

/**
 * The THL report as the page and the CSV show it: texts as message keys, numbers already formatted for the
 * language. Only counts and shares: nothing here identifies a person.
 */
public record ThlReportPage(
    String periodCode,
    List<PeriodOption> periods,
    String periodStart,
    String periodEnd,
    String reportDue,
    String asOf,
    boolean periodRunning,
    String countyName,
    int prenatalNotifications,
    List<Group> groups,
    String csvHref) {

  public record PeriodOption(String code, String start, String end, boolean selected) {}

  /**
   * One service group (child welfare, special support under SHL) with its two tables.
   *
   * @param id for HTML ids
   */
  public record Group(String id, String name, String nameKey, Table start, Table completion) {}

  /**
   * @param id the HTML id of the table
   */
  public record Table(String id, String captionKey, List<Row> rows) {}

  /**
   * One line of a table.
   *
   * @param ratio the share of the table's measured matters, 0-1; null for lines counted apart and when
   *     nothing was measured
   * @param share the same formatted for the language, or the no-share text
   * @param total the line that sums the measured matters
   */
  public record Row(String labelKey, int count, Double ratio, String share, boolean total) {}
}
