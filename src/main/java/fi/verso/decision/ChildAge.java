package fi.verso.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The child's age on a given day, and the age from which the child has a voice of their own: consent to
 * open-care measures (LSL 34 §, 37 §), a hearing of their own (HL 34 §, LSL 21 §), a copy of the decision and a
 * separate right to appeal (LSL 89 §).
 */
public final class ChildAge {
  public static final int OWN_VOICE_AGE = 12;

  private ChildAge() {}

  /**
   * Completed years on {@code date}. A child born on 29 February becomes a year older on 1 March in other
   * years, as {@link Period} counts.
   */
  public static OptionalInt on(Optional<LocalDate> birthDate, LocalDate date) {
    return birthDate.map(b -> OptionalInt.of(Period.between(b, date).getYears())).orElse(OptionalInt.empty());
  }

  /**
   * Whether the child is 12 or over on {@code date}. A child whose birth date is not known counts as 12 or over:
   * the error then asks for one consent or hearing too many, never one too few.
   */
  public static boolean hasOwnVoice(Optional<LocalDate> birthDate, LocalDate date) {
    OptionalInt age = on(birthDate, date);
    return age.isEmpty() || age.getAsInt() >= OWN_VOICE_AGE;
  }
}
