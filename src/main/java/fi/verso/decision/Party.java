package fi.verso.decision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The child or a guardian, as far as consents, hearings and letters need to know them. */
public record Party(UUID personId, String name, PartyRole role, Optional<LocalDate> birthDate) {
  public Party {
    birthDate = birthDate == null ? Optional.empty() : birthDate;
  }
}
