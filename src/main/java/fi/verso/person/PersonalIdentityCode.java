package fi.verso.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A valid Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, an individual number NNN
 * and a check character (legal-rules.md section 7).
 *
 * <p>The century sign is part of the identity: {@code 100190-999P} and {@code 100190Y999P} are different
 * people, so equality is on the whole code. Nothing here infers gender; the individual number is not exposed.
 * {@link #toString()} is masked so that the code cannot end up in logs by accident; {@link #value()} is for
 * storage and for showing to those entitled to see it.
 */
public final class PersonalIdentityCode {
  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final int LENGTH = 11;
  private static final int SIGN = 6;

  /** Why a text is not a valid personal identity code; message key {@code person.pic.error.<ERROR>}. */
  public enum Error {
    EMPTY,
    WRONG_LENGTH,
    /** Letters where digits belong, or a check character that never occurs; see {@link Part}. */
    WRONG_FORMAT,
    INVALID_CENTURY_SIGN,
    /** The first six digits are not a date that exists, e.g. 310225 or 290223. */
    INVALID_DATE,
    /** 000 and 001 are never given. */
    INVALID_INDIVIDUAL_NUMBER,
    /** Most likely a typo. The expected character is deliberately not told. */
    CHECK_CHARACTER_MISMATCH
  }

  /** The part of the code that is in the wrong format. */
  public enum Part {
    BIRTH_DATE,
    INDIVIDUAL_NUMBER,
    CHECK_CHARACTER
  }

  /** The outcome of {@link #parse(String)}. */
  public sealed interface ParseResult permits Valid, Invalid {}

  public record Valid(PersonalIdentityCode code) implements ParseResult {
    public Valid {
      Objects.requireNonNull(code, "code");
    }
  }

  /** Carries no trace of the text that was parsed. {@code part} is set for WRONG_FORMAT only. */
  public record Invalid(Error error, Part part) implements ParseResult {
    public Invalid {
      Objects.requireNonNull(error, "error");
      if ((error == Error.WRONG_FORMAT) != (part != null)) {
        throw new IllegalArgumentException("A part is given for WRONG_FORMAT and only for it");
      }
    }

    Invalid(Error error) {
      this(error, null);
    }

    /** {@code person.pic.error.<ERROR>}, or {@code person.pic.error.WRONG_FORMAT.<PART>}. */
    public String messageKey() {
      return "person.pic.error." + error + (part == null ? "" : "." + part);
    }
  }

  /** Thrown by {@link #of(String)}; its message names the error, never the code. */
  public static final class InvalidPersonalIdentityCodeException extends IllegalArgumentException {
    private final transient Invalid invalid;

    InvalidPersonalIdentityCodeException(Invalid invalid) {
      super(
          "Invalid personal identity code: "
              + invalid.error()
              + (invalid.part() == null ? "" : " (" + invalid.part() + ")"));
      this.invalid = invalid;
    }

    public Invalid invalid() {
      return invalid;
    }
  }

  private final String value;
  private final LocalDate birthDate;

  private PersonalIdentityCode(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Reads a code typed by a person: surrounding whitespace is ignored, letters may be in lower case, and a
   * dash pasted from a word processor (en dash, minus sign) counts as the hyphen century sign.
   */
  public static ParseResult parse(String text) {
    if (text == null || text.isBlank()) {
      return new Invalid(Error.EMPTY);
    }
    String code = normalise(text);
    if (code.length() != LENGTH) {
      return new Invalid(Error.WRONG_LENGTH);
    }
    if (!digits(code, 0, 6)) {
      return new Invalid(Error.WRONG_FORMAT, Part.BIRTH_DATE);
    }
    int century = century(code.charAt(SIGN));
    if (century < 0) {
      return new Invalid(Error.INVALID_CENTURY_SIGN);
    }
    if (!digits(code, 7, 10)) {
      return new Invalid(Error.WRONG_FORMAT, Part.INDIVIDUAL_NUMBER);
    }
    if (CHECK_CHARACTERS.indexOf(code.charAt(10)) < 0) {
      return new Invalid(Error.WRONG_FORMAT, Part.CHECK_CHARACTER);
    }
    LocalDate birthDate;
    try {
      birthDate =
          LocalDate.of(
              century + Integer.parseInt(code, 4, 6, 10),
              Integer.parseInt(code, 2, 4, 10),
              Integer.parseInt(code, 0, 2, 10));
    } catch (DateTimeException e) {
      return new Invalid(Error.INVALID_DATE);
    }
    if (Integer.parseInt(code, 7, 10, 10) < 2) {
      return new Invalid(Error.INVALID_INDIVIDUAL_NUMBER);
    }
    long number = Long.parseLong(code.substring(0, 6) + code.substring(7, 10));
    if (CHECK_CHARACTERS.charAt((int) (number % 31)) != code.charAt(10)) {
      return new Invalid(Error.CHECK_CHARACTER_MISMATCH);
    }
    return new Valid(new PersonalIdentityCode(code, birthDate));
  }

  /**
   * For codes already known to be valid, such as those read from the database.
   *
   * @throws InvalidPersonalIdentityCodeException if it is not valid
   */
  public static PersonalIdentityCode of(String text) {
    return switch (parse(text)) {
      case Valid valid -> valid.code();
      case Invalid invalid -> throw new InvalidPersonalIdentityCodeException(invalid);
    };
  }

  public static boolean isValid(String text) {
    return parse(text) instanceof Valid;
  }

  private static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.strip().toUpperCase(Locale.ROOT));
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
        sb.setCharAt(i, '-');
      }
    }
    return sb.toString();
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The first year of the sign's century, or -1. The letters other than '-' and 'A' date from 2023. */
  private static int century(char sign) {
    return switch (sign) {
      case '+' -> 1800;
      case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
      case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
      default -> -1;
    };
  }

  /** The whole normalised code, e.g. {@code 131052-308T}. Personal data: not for logs. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public char centurySign() {
    return value.charAt(SIGN);
  }

  /** Individual numbers 900-999 are temporary or test codes, not given to people for good. */
  public boolean isTemporary() {
    return Integer.parseInt(value, 7, 10, 10) >= 900;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonalIdentityCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked, e.g. {@code ******-****}: only the century sign shows. */
  @Override
  public String toString() {
    return "*".repeat(SIGN) + centurySign() + "*".repeat(LENGTH - SIGN - 1);
  }
}
