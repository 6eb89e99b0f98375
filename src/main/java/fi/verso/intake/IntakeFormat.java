package fi.verso.intake;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.web.PageContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates and times on intake pages, in Finnish time and in the page's language (patterns in the bundles). */
public final class IntakeFormat {
  /** A queue page formats hundreds of dates: each pattern is parsed once per language. */
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private IntakeFormat() {}

  public static String date(PageContext ctx, LocalDate date) {
    return date == null ? "" : formatter(ctx.t("intake.format.date"), ctx.lang().locale()).format(date);
  }

  public static String date(PageContext ctx, Instant instant) {
    return instant == null ? "" : date(ctx, HelsinkiTime.dateOf(instant));
  }

  public static String dateTime(PageContext ctx, Instant instant) {
    return instant == null
        ? ""
        : formatter(ctx.t("intake.format.dateTime"), ctx.lang().locale()).format(instant.atZone(HelsinkiTime.ZONE));
  }

  /** The machine-readable form for {@code <time datetime>}. */
  public static String iso(Instant instant) {
    return instant == null ? "" : instant.atZone(HelsinkiTime.ZONE).toOffsetDateTime().toString();
  }

  static DateTimeFormatter formatter(String pattern, Locale locale) {
    return FORMATTERS.computeIfAbsent(
        locale.toLanguageTag() + "|" + pattern, k -> DateTimeFormatter.ofPattern(pattern, locale));
  }
}
