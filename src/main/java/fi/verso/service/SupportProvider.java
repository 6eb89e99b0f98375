package fi.verso.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A support person or family in the register, with the state of their criminal record check on {@code today}. */
public record SupportProvider(
    UUID id,
    SupportProviderKind kind,
    String name,
    String contact,
    String trainingCourse,
    LocalDate trainingCompletedOn,
    LocalDate criminalRecordCheckedOn,
    List<SupportLanguage> languages,
    List<String> areas,
    Availability availability,
    int version,
    CriminalRecordCheck.Status check) {

  /** Whether a child may be placed with them now: available, and a recent enough criminal record check. */
  public boolean canTakeAChild() {
    return SupportMatching.problems(availability, check).isEmpty();
  }
}
