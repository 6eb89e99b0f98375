package fi.verso.client;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a closed client relationship's records are kept (Asiakastietolaki 703/2023 and its annex, as
 * summarised in legal-rules.md section 6, in force 2026): child welfare documents until two years after the
 * client's death, so no date can be set at closing; services for families with children (SHL) 30 years after
 * the matter closed.
 */
public final class RecordRetention {
  public static final LocalDate POLICY_DATE = LocalDate.of(2026, 11, 25);
  static final int FAMILY_SERVICES_YEARS = 30;

  public enum Basis {
    TWO_YEARS_AFTER_DEATH,
    THIRTY_YEARS_AFTER_CLOSING
  }

  public record Retention(Basis basis, Optional<LocalDate> until) {}

  private RecordRetention() {}

  public static Retention onClosing(String relationshipKind, LocalDate closedOn) {
    return switch (relationshipKind) {
      case "CHILD_WELFARE" -> new Retention(Basis.TWO_YEARS_AFTER_DEATH, Optional.empty());
      case "SHL_SPECIAL_SUPPORT" ->
          new Retention(Basis.THIRTY_YEARS_AFTER_CLOSING, Optional.of(closedOn.plusYears(FAMILY_SERVICES_YEARS)));
      default -> throw new IllegalArgumentException("Unknown relationship kind: " + relationshipKind);
    };
  }
}
