package fi.verso.person;

import java.time.LocalDate;
import java.util.List;

/** A person as the population register (väestötietojärjestelmä) gives them. */
public record RegisterPerson(
    String personalIdentityCode,
    String firstName,
    String lastName,
    LocalDate birthDate,
    String streetAddress,
    String postalCode,
    String postOffice,
    String municipalityCode,
    String language,
    boolean nonDisclosure,
    List<String> guardianCodes) {
  public RegisterPerson {
    guardianCodes = List.copyOf(guardianCodes);
  }
}
