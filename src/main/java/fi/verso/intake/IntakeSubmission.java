package fi.verso.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What someone sends or a worker registers: the same command for the citizens' forms, the intake workers'
 * registration and the JSON API, so all three validate and store alike. Unused parts are null.
 *
 * @param receivedAt the real received time; null means "now" (electronic forms)
 */
public record IntakeSubmission(
    MatterKind kind,
    Channel channel,
    Instant receivedAt,
    Reporter reporter,
    ChildDetails child,
    Prenatal prenatal,
    ContactConsent contact,
    String concern,
    Knowledge childKnows,
    Knowledge guardiansKnow) {

  public IntakeSubmission withReceivedAt(Instant received) {
    return new IntakeSubmission(kind, channel, received, reporter, child, prenatal, contact, concern, childKnows, guardiansKnow);
  }

  public record Reporter(
      ReporterType type,
      boolean anonymous,
      String name,
      String profession,
      MandatedReporterOrganisation organisationType,
      String organisationName,
      String phone,
      String email,
      PoliceNotification policeNotified) {}

  public record ChildDetails(
      String firstName,
      String lastName,
      String personalIdentityCode,
      LocalDate birthDate,
      Integer age,
      String address,
      String municipalityCode,
      String guardians) {}

  public record Prenatal(String expectantParents, LocalDate expectedBirthDate) {}

  public record ContactConsent(ContactBasis basis, String withoutConsentReason) {}
}
