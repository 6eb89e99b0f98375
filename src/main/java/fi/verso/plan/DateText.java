package fi.verso.plan;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.i18n.UiLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the page's language writes them: 1.9.2026 in Finnish and Swedish, 1 September 2026 in English.
 * Instants are shown as their Helsinki date. Templates receive one of these with their page.
 */
public record DateText(UiLanguage lang) {
  private static final DateTimeFormatter NORDIC = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  public String of(LocalDate date) {
    return date.format(lang == UiLanguage.EN ? ENGLISH : NORDIC);
  }

  public String of(Instant instant) {
    return of(HelsinkiTime.dateOf(instant));
  }
}
