package fi.verso.intake;

import fi.verso.calendar.ClockStatus;
import fi.verso.shared.i18n.UiLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One matter as the intake team sees it: everything received, the clock, the urgency assessment, the
 * decision, notices, links and history. Nothing is hidden from the team, except what was never stored: an
 * anonymous reporter's identity.
 */
public record MatterView(
    Summary summary,
    Reporter reporter,
    Child child,
    Prenatal prenatal,
    Contact contact,
    String concern,
    Optional<Urgency> urgency,
    Optional<Decision> decision,
    MatterClock clock,
    List<Event> events,
    List<Link> links,
    List<Notice> notices,
    List<Worker> eligibleWorkers) {

  public record Summary(
      UUID id,
      String reference,
      MatterKind kind,
      Channel channel,
      MatterState state,
      Instant receivedAt,
      Optional<String> registeredBy,
      UUID teamId,
      String teamNameFi,
      String teamNameSv,
      String teamNameEn,
      LocalDate assessmentStartDue,
      LocalDate assessmentCompletionDue,
      Optional<UUID> childId) {
    public String teamName(UiLanguage lang) {
      return switch (lang) {
        case FI -> teamNameFi;
        case SV -> teamNameSv;
        case EN -> teamNameEn;
      };
    }
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

  public record Child(
      String firstName,
      String lastName,
      String personalIdentityCode,
      LocalDate birthDate,
      Integer age,
      String address,
      String municipalityCode,
      String municipalityNameFi,
      String municipalityNameSv,
      String guardians,
      Knowledge childKnows,
      Knowledge guardiansKnow) {
    public String municipalityName(UiLanguage lang) {
      return lang == UiLanguage.SV ? municipalityNameSv : municipalityNameFi;
    }
  }

  public record Prenatal(String expectantParents, LocalDate expectedBirthDate) {}

  public record Contact(ContactBasis basis, String withoutConsentReason) {}

  public record Urgency(boolean urgent, String measures, String assessedBy, Instant assessedAt) {}

  public record Decision(
      AssessmentDecision decision,
      Optional<String> assignedWorker,
      NotStartReason notStartReason,
      String reasonText,
      String transferCounty,
      String delayReason,
      String decidedBy,
      Instant decidedAt,
      LocalDate decidedOn) {}

  /**
   * Where the clocks stand today. The start clock runs while the matter is open and stops with the
   * decision; then {@code decisionLateness} says whether the decision was in time.
   */
  public record MatterClock(
      LocalDate today,
      Optional<ClockStatus> startStatus,
      Optional<ClockStatus> decisionLateness,
      Optional<ClockStatus> completionStatus) {}

  public record Event(Instant occurredAt, Optional<String> employee, String event, MatterState from, MatterState to) {}

  public record Link(
      UUID otherMatterId,
      String reference,
      MatterKind kind,
      Instant receivedAt,
      MatterState state,
      String status,
      String basis,
      Optional<String> decidedBy,
      Instant decidedAt) {
    public boolean suggested() {
      return "SUGGESTED".equals(status);
    }
  }

  public record Notice(NoticeLanguage language, String recipient, String body, LocalDate sentOn, String recordedBy) {}

  /** A qualified social worker of the matter's team (LSL 13 b §), who may be assigned the assessment. */
  public record Worker(UUID id, String displayName) {}

  /** The same matter with its history, links, notices and the workers who may be assigned. */
  MatterView with(List<Event> events, List<Link> links, List<Notice> notices, List<Worker> eligibleWorkers) {
    return new MatterView(
        summary, reporter, child, prenatal, contact, concern, urgency, decision, clock, events, links, notices,
        eligibleWorkers);
  }

  public boolean isPrenatal() {
    return summary.kind() == MatterKind.PRENATAL_NOTIFICATION;
  }

  public boolean isOpen() {
    return summary.state().isOpen();
  }

  /** The name given for the child, if any (pages say "unborn" or "unknown" otherwise). */
  public Optional<String> childName() {
    return QueueRow.name(child.firstName(), child.lastName());
  }
}
