package fi.verso.service;

import java.time.LocalDate;
import java.util.UUID;

/** The child a page is about: enough to say whose records these are. */
public record ChildSummary(UUID id, String firstName, String lastName, LocalDate birthDate) {
  public String fullName() {
    return (firstName + " " + lastName).trim();
  }
}
