package fi.verso.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person as Verso holds them. The address of a person under a non-disclosure order (turvakielto) is
 * kept, but {@link #addressVisible()} is false and pages show it only through an explicit, logged request.
 */
public record Person(
    UUID id,
    String firstName,
    String lastName,
    Optional<String> personalIdentityCode,
    Optional<LocalDate> birthDate,
    Optional<String> streetAddress,
    Optional<String> postalCode,
    Optional<String> postOffice,
    Optional<String> municipalityCode,
    Optional<String> language,
    boolean nonDisclosure,
    String source) {

  public String fullName() {
    return (firstName + " " + lastName).trim();
  }

  public boolean addressVisible() {
    return !nonDisclosure;
  }

  /** The same person with the address removed, for every view that has no need for it. */
  public Person withoutProtectedAddress() {
    if (!nonDisclosure) {
      return this;
    }
    return new Person(id, firstName, lastName, personalIdentityCode, birthDate, Optional.empty(), Optional.empty(),
        Optional.empty(), municipalityCode, language, true, source);
  }
}
