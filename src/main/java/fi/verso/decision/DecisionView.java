package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A decision as read back, with the decided decisions it replaces and that replaced it. */
public record DecisionView(
    UUID id,
    UUID childId,
    UUID relationshipId,
    Optional<UUID> replacesId,
    Optional<String> replacesReference,
    Optional<UUID> replacedById,
    Optional<String> replacedByReference,
    Optional<String> reference,
    DecisionType type,
    Measure measure,
    OfficialLanguage language,
    Optional<LocalDate> startsOn,
    Optional<LocalDate> endsOn,
    Optional<String> estimatedDuration,
    String goals,
    String reasons,
    String otherProvisions,
    Optional<String> planDeparture,
    Optional<Employee> contactPerson,
    String contactDetails,
    DecisionState state,
    Optional<LocalDate> decidedOn,
    Optional<Employee> decidedBy,
    Optional<DeliveryChannel> channel,
    Optional<LocalDate> sentOn,
    Optional<LocalDate> notificationOn,
    Optional<LocalDate> appealUntil,
    int version) {

  /** An employee named in a decision (decision maker, contact person). Titles are kept in Finnish only. */
  public record Employee(UUID id, String name, String titleFi) {}

  public record Consent(
      long id,
      UUID personId,
      String name,
      PartyRole role,
      Measure measure,
      boolean given,
      LocalDate givenOn,
      ContactMethod method) {}

  public record Hearing(
      long id,
      UUID personId,
      String name,
      PartyRole role,
      boolean heard,
      Optional<LocalDate> heardOn,
      Optional<ContactMethod> method,
      Optional<String> views,
      Optional<HearingRules.ExceptionGround> exceptionGround,
      Optional<String> exceptionReason) {}

  public record StateChange(Optional<DecisionState> from, DecisionState to, Instant at, String by) {}

  public record Reassessment(LocalDate reassessedOn, String summary, String recordedBy) {}

  public boolean isDraft() {
    return state == DecisionState.DRAFT;
  }

  public boolean isReplaced() {
    return replacedById.isPresent();
  }

  public AppealInstructions.Route appealRoute() {
    return AppealInstructions.routeFor(measure.appealCategory());
  }
}
