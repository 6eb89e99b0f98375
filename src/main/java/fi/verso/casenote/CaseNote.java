package fi.verso.casenote;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a child's case notes as it is read: never changed once recorded. {@code corrects} names the
 * entry this one corrects; {@code correctedBy} the later entry that corrects this one.
 */
public record CaseNote(
    UUID id,
    Instant contactAt,
    CaseNoteKind kind,
    String participants,
    boolean childMetPersonally,
    boolean withoutGuardianConsent,
    Optional<String> withoutConsentReason,
    String notes,
    Optional<Reference> corrects,
    Optional<Reference> correctedBy,
    String writtenBy,
    Instant recordedAt) {

  /** Another entry, by its id and when it was recorded. */
  public record Reference(UUID id, Instant recordedAt) {}

  public boolean isCorrected() {
    return correctedBy.isPresent();
  }
}
