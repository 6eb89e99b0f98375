package fi.verso.decision;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.web.PageContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and times on decision pages, in Finnish time and in the page's language (patterns in the bundles). */
public final class DecisionFormat {
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private DecisionFormat() {}

  public static String date(PageContext ctx, LocalDate date) {
    return date == null ? "" : formatter(ctx.t("decision.format.date"), ctx.lang().locale()).format(date);
  }

  public static String date(PageContext ctx, Optional<LocalDate> date) {
    return date(ctx, date.orElse(null));
  }

  public static String dateTime(PageContext ctx, Instant instant) {
    return instant == null
        ? ""
        : formatter(ctx.t("decision.format.dateTime"), ctx.lang().locale()).format(instant.atZone(HelsinkiTime.ZONE));
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return FORMATTERS.computeIfAbsent(
        locale.toLanguageTag() + "|" + pattern, k -> DateTimeFormatter.ofPattern(pattern, locale));
  }
}
