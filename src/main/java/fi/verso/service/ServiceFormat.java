package fi.verso.service;

import fi.verso.shared.web.FieldProblem;
import fi.verso.shared.web.PageContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates, times and hours on this module's pages, in the page's language (patterns in the bundle). */
public final class ServiceFormat {
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private ServiceFormat() {}

  public static String date(PageContext ctx, LocalDate date) {
    return date == null ? "" : formatter(ctx.t("service.format.date"), ctx.lang().locale()).format(date);
  }

  public static String time(PageContext ctx, LocalTime time) {
    return time == null ? "" : formatter(ctx.t("service.format.time"), ctx.lang().locale()).format(time);
  }

  /** Hours as people write them: 1,5 in Finnish and Swedish, 1.5 in English; no trailing zeros. */
  public static String hours(PageContext ctx, BigDecimal hours) {
    NumberFormat format = NumberFormat.getNumberInstance(ctx.lang().locale());
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(hours == null ? BigDecimal.ZERO : hours);
  }

  /** The value for {@code <input type="date">}. */
  public static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** Problems keyed by input name, the first per input: what the error summary and the fields show. */
  public static Map<String, FieldProblem> byInput(List<FieldProblem> problems) {
    Map<String, FieldProblem> map = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      map.putIfAbsent(p.field(), p);
    }
    return map;
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return FORMATTERS.computeIfAbsent(
        locale.toLanguageTag() + "|" + pattern, k -> DateTimeFormatter.ofPattern(pattern, locale));
  }
}
