package fi.verso.intake;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Intake decided that a service need assessment starts. Published inside the deciding transaction, so the
 * assessment module creates the assessment in the same commit (a started decision without its assessment
 * must not exist). {@code childId} is null when the child is not yet identified: the listener records the
 * child from the reported details.
 */
public record AssessmentStartDecided(
    UUID matterId,
    UUID countyId,
    UUID teamId,
    UUID childId,
    ReportedChild reportedChild,
    UUID assignedWorkerId,
    UUID decidedBy,
    LocalDate decidedOn,
    LocalDate completionDue) {

  /** The child as the matter reported them. */
  public record ReportedChild(String firstName, String lastName, LocalDate birthDate, String municipalityCode) {}
}
