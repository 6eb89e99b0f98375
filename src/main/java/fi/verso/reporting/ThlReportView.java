package fi.verso.reporting;

import fi.verso.calendar.LatenessBucket;
import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.reporting.ThlProcessingTimeReport.CompletionFigures;
import fi.verso.reporting.ThlProcessingTimeReport.Figures;
import fi.verso.reporting.ThlProcessingTimeReport.GroupFigures;
import fi.verso.reporting.ThlProcessingTimeReport.StartFigures;
import fi.verso.reporting.ThlReportPage.Row;
import fi.verso.reporting.ThlReportPage.Table;
import fi.verso.shared.i18n.Msg;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns the figures into the page's tables and the CSV, formatting numbers and dates for the language. */
final class ThlReportView {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  /** Excel opens a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /** Finnish Excel separates fields with semicolons (the comma is the decimal separator). */
  private static final char SEPARATOR = ';';

  private ThlReportView() {}

  static ThlReportPage page(Figures figures, List<ThlReportingPeriod> periods, String countyName, LocalDate today, Msg msg) {
    ThlReportingPeriod period = figures.period();
    List<ThlReportPage.PeriodOption> options = new ArrayList<>();
    for (ThlReportingPeriod p : periods) {
      options.add(new ThlReportPage.PeriodOption(p.code(), date(p.start()), date(p.end()), p.equals(period)));
    }
    if (!periods.contains(period)) {
      options.add(new ThlReportPage.PeriodOption(period.code(), date(period.start()), date(period.end()), true));
    }
    List<ThlReportPage.Group> groups = new ArrayList<>();
    for (GroupFigures g : figures.groups()) {
      String nameKey = "reporting.thl.group." + g.group().name();
      String id = g.group().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      groups.add(
          new ThlReportPage.Group(
              id,
              msg.t(nameKey),
              nameKey,
              new Table(id + "-start", "reporting.thl.start.caption", startRows(g.start(), msg)),
              new Table(id + "-completion", "reporting.thl.completion.caption", completionRows(g.completion(), msg))));
    }
    return new ThlReportPage(
        period.code(),
        options,
        date(period.start()),
        date(period.end()),
        date(period.reportDue()),
        date(figures.asOf()),
        !today.isAfter(period.end()),
        countyName,
        figures.prenatalNotifications(),
        groups,
        "/employee/reports/thl.csv?period=" + period.code());
  }

  static List<Row> startRows(StartFigures s, Msg msg) {
    int n = s.measured();
    List<Row> rows = new ArrayList<>();
    rows.add(row("reporting.thl.row.start.onTime", s.onTime(), n, msg));
    rows.add(row("reporting.thl.row.start.late", s.late(), n, msg));
    for (LatenessBucket b : LatenessBucket.values()) {
      rows.add(row("reporting.thl.row.start.bucket." + b.name(), s.late(b), n, msg));
    }
    rows.add(row("reporting.thl.row.start.notStarted", s.notStartedDeadlinePassed(), n, msg));
    rows.add(total("reporting.thl.row.start.measured", n, msg));
    rows.add(apart("reporting.thl.row.start.open", s.openWithinDeadline(), msg));
    rows.add(apart("reporting.thl.row.start.noAssessment", s.noAssessment(), msg));
    return rows;
  }

  static List<Row> completionRows(CompletionFigures c, Msg msg) {
    int n = c.measured();
    List<Row> rows = new ArrayList<>();
    rows.add(row("reporting.thl.row.completion.onTime", c.onTime(), n, msg));
    rows.add(row("reporting.thl.row.completion.late", c.late(), n, msg));
    rows.add(row("reporting.thl.row.completion.notRecorded", c.notRecordedDeadlinePassed(), n, msg));
    rows.add(total("reporting.thl.row.completion.measured", n, msg));
    rows.add(apart("reporting.thl.row.completion.open", c.openWithinDeadline(), msg));
    return rows;
  }

  /**
   * The CSV for Excel: UTF-8 with a byte order mark, semicolons, CRLF, shares as plain numbers with the
   * language's decimal separator. Counts and shares only.
   */
  static byte[] csv(ThlReportPage page, Msg msg) {
    StringBuilder out = new StringBuilder();
    line(out, msg.t("reporting.thl.title"));
    line(out, msg.t("reporting.thl.summary.county"), page.countyName());
    line(out, msg.t("reporting.thl.summary.period"), msg.t("reporting.thl.periodOption", page.periodStart(), page.periodEnd()));
    line(out, msg.t("reporting.thl.summary.reportDue"), page.reportDue());
    line(out, msg.t("reporting.thl.summary.asOf"), page.asOf());
    line(out, msg.t("reporting.thl.prenatal.csv"), String.valueOf(page.prenatalNotifications()));
    line(out);
    line(out, msg.t("reporting.thl.col.group"), msg.t("reporting.thl.col.table"), msg.t("reporting.thl.col.figure"),
        msg.t("reporting.thl.col.count"), msg.t("reporting.thl.col.shareCsv"));
    for (ThlReportPage.Group g : page.groups()) {
      for (Table table : List.of(g.start(), g.completion())) {
        String tableName = msg.t(table.captionKey() + ".short");
        for (Row row : table.rows()) {
          String share = row.ratio() == null ? "" : percentNumber(row.ratio(), msg);
          line(out, g.name(), tableName, msg.t(row.labelKey()), String.valueOf(row.count()), share);
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static Row row(String key, int count, int of, Msg msg) {
    Double ratio = of == 0 ? null : (double) count / of;
    return new Row(key, count, ratio, share(ratio, msg), false);
  }

  private static Row total(String key, int measured, Msg msg) {
    Double ratio = measured == 0 ? null : 1.0;
    return new Row(key, measured, ratio, share(ratio, msg), true);
  }

  private static Row apart(String key, int count, Msg msg) {
    return new Row(key, count, null, share(null, msg), false);
  }

  /** One decimal, as the language writes a percentage (fi/sv "42,9 %", en "42.9%"); a dash when of nothing. */
  static String share(Double ratio, Msg msg) {
    if (ratio == null) {
      return msg.t("reporting.thl.noShare");
    }
    NumberFormat percent = NumberFormat.getPercentInstance(msg.language().locale());
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    percent.setRoundingMode(RoundingMode.HALF_UP);
    return percent.format(ratio);
  }

  /** For the CSV: the percentage as a plain number Excel can sum, with the language's decimal separator. */
  static String percentNumber(double ratio, Msg msg) {
    NumberFormat number = NumberFormat.getNumberInstance(msg.language().locale());
    number.setGroupingUsed(false);
    number.setMinimumFractionDigits(1);
    number.setMaximumFractionDigits(1);
    number.setRoundingMode(RoundingMode.HALF_UP);
    return number.format(ratio * 100);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  private static void line(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(cell(cells[i]));
    }
    out.append("\r\n");
  }

  private static String cell(String value) {
    if (value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
