package fi.verso.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates as workers type and read them: a date field sends 2026-03-15, a person may type 15.3.2026. Shown as
 * 15.3.2026 in all three languages (the Finnish and Swedish convention).
 */
public final class DateInput {
  private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.uuuu");

  private DateInput() {}

  /** Empty when blank or not a date. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      return Optional.of(t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, FINNISH));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** For showing: 15.3.2026; empty text for no date. */
  public static String show(LocalDate date) {
    return date == null ? "" : FINNISH.format(date);
  }

  public static String show(Optional<LocalDate> date) {
    return date.map(DateInput::show).orElse("");
  }

  /** For a date field's value attribute (ISO). */
  public static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
