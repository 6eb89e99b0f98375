package fi.verso.service;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads what was typed into a form, adding a problem for the field when it cannot be used. Dates come from
 * {@code <input type="date">} (ISO) or as typed in Finnish (d.M.yyyy) where the browser has no date picker.
 */
final class FormInput {
  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  static final int MAX_TEXT = 10_000;
  static final int MAX_LINE = 300;

  private FormInput() {}

  static String text(String typed, String field, boolean required, int maxLength, List<FieldProblem> problems) {
    String t = typed == null ? "" : typed.strip();
    if (t.isEmpty()) {
      if (required) {
        problems.add(new FieldProblem(field, "service.error.required"));
      }
      return null;
    }
    if (t.length() > maxLength) {
      problems.add(new FieldProblem(field, "service.error.tooLong", List.of(maxLength)));
      return null;
    }
    return t;
  }

  static LocalDate date(String typed, String field, boolean required, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "service.error.required"));
      }
      return null;
    }
    String t = typed.trim();
    try {
      return t.contains(".") ? LocalDate.parse(t, FINNISH_DATE) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "service.error.date"));
      return null;
    }
  }

  static LocalTime time(String typed, String field, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      problems.add(new FieldProblem(field, "service.error.required"));
      return null;
    }
    try {
      return LocalTime.parse(typed.trim().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "service.error.time"));
      return null;
    }
  }

  static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, boolean required, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "service.error.choose"));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, typed.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "service.error.choose"));
      return null;
    }
  }

  static UUID id(String typed, String field, boolean required, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      if (required) {
        problems.add(new FieldProblem(field, "service.error.choose"));
      }
      return null;
    }
    try {
      return UUID.fromString(typed.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "service.error.choose"));
      return null;
    }
  }

  /** A filter value from a query string: unknown values are ignored rather than refused. */
  static <E extends Enum<E>> E filter(Class<E> type, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, typed.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
