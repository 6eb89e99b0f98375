package fi.verso.decision;

import fi.verso.shared.web.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A decision with the forms the viewer may use on it, each as typed, and the problems of the one sent. */
public record DecisionPage(
    Decisions.DecisionFile file,
    Typed forms,
    Map<String, FieldProblem> problems,
    boolean canDraft,
    boolean canDecide,
    boolean childCopy,
    Optional<String> doneKey) {

  /** The page's forms; null ones were not sent and start empty. */
  public record Typed(
      DecisionForms.Consent consent,
      DecisionForms.Hearing hearing,
      DecisionForms.Sending sending,
      DecisionForms.Reassessment reassessment) {
    static Typed none() {
      return new Typed(null, null, null, null);
    }

    Typed withConsent(DecisionForms.Consent form) {
      return new Typed(form, hearing, sending, reassessment);
    }

    Typed withHearing(DecisionForms.Hearing form) {
      return new Typed(consent, form, sending, reassessment);
    }

    Typed withSending(DecisionForms.Sending form) {
      return new Typed(consent, hearing, form, reassessment);
    }

    Typed withReassessment(DecisionForms.Reassessment form) {
      return new Typed(consent, hearing, sending, form);
    }

    Typed orEmpty(LocalDate today) {
      return new Typed(
          consent != null ? consent : DecisionForms.Consent.empty(today),
          hearing != null ? hearing : DecisionForms.Hearing.empty(today),
          sending != null ? sending : DecisionForms.Sending.empty(today),
          reassessment != null ? reassessment : DecisionForms.Reassessment.empty(today));
    }
  }

  public DecisionView decision() {
    return file.decision();
  }

  public String base() {
    return DecisionController.path(decision().childId(), decision().id());
  }

  public String listLink() {
    return "/employee/children/" + decision().childId() + "/decisions";
  }

  public FieldProblem problem(String field) {
    return problems.get(field);
  }

  /** Those whose consent or refusal can be recorded: the guardians and a child of 12 or over. */
  public List<Party> consenters() {
    return ConsentRules.consentersOf(file.context().child(), file.context().guardians(), file.today());
  }

  /** Everyone who can be heard: the guardians and the child (a younger child's views are recorded too). */
  public List<Party> parties() {
    return file.context().parties();
  }

  public String consentStatus(Party party) {
    ConsentRules.Assessment a = file.consent();
    if (a.refused().contains(party)) {
      return "decision.consent.status.refused";
    }
    if (a.missing().contains(party)) {
      return "decision.consent.status.missing";
    }
    return "decision.consent.status.given";
  }

  public boolean heard(Party party) {
    return !file.hearing().missing().contains(party);
  }

  public List<ContactMethod> methods() {
    return List.of(ContactMethod.values());
  }

  public List<HearingRules.ExceptionGround> grounds() {
    return List.of(HearingRules.ExceptionGround.values());
  }

  public List<DecisionForms.ConsentAnswer> consentAnswers() {
    return List.of(DecisionForms.ConsentAnswer.values());
  }

  public List<DecisionForms.HearingKind> hearingKinds() {
    return List.of(DecisionForms.HearingKind.values());
  }

  public List<DeliveryChannel> channels() {
    return List.of(DeliveryChannel.values());
  }

  public String names(List<Party> parties) {
    return String.join(", ", parties.stream().map(Party::name).toList());
  }

  public boolean canReassess() {
    return canDraft && file.placement().isPresent();
  }

  public boolean selected(String value, String option) {
    return value != null && value.equals(option);
  }
}
