package fi.verso.intake;

import fi.verso.shared.web.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A matter with the forms the worker may use on it, each as typed, and the problems of the one sent. */
public record MatterPage(
    MatterView matter,
    Map<String, FieldProblem> problems,
    MatterForms.Urgency urgencyForm,
    MatterForms.Decision decisionForm,
    MatterForms.Notice noticeForm,
    MatterForms.Conversion conversionForm,
    boolean canProcess,
    Optional<String> doneKey) {

  /** Events the history can name; others (added later elsewhere) show with a general label. */
  static final Set<String> KNOWN_EVENTS =
      Set.of(
          "RECEIVED",
          "URGENCY_ASSESSED",
          "DECISION_START",
          "DECISION_NOT_START",
          "DECISION_TRANSFER",
          "NOTICE_RECORDED",
          "LINK_CONFIRMED",
          "LINK_REJECTED",
          "CONVERTED",
          "CONVERTED_FROM_PRENATAL");

  /** What the page says after a change, by {@code ?done=}. */
  static final Set<String> DONE = Set.of("urgency", "decision", "notice", "link", "converted");

  public FieldProblem problem(String input) {
    return problems.get(input);
  }

  public String eventKey(String event) {
    return "intake.event." + (KNOWN_EVENTS.contains(event) ? event : "OTHER");
  }

  public List<UrgencyAnswer> urgencyAnswers() {
    return List.of(UrgencyAnswer.values());
  }

  public List<AssessmentDecision> decisions() {
    return AssessmentDecisionRules.allowedDecisions(matter.summary().kind());
  }

  public boolean offers(AssessmentDecision decision) {
    return decisions().contains(decision);
  }

  public List<NotStartReason> notStartReasons() {
    return List.of(NotStartReason.values());
  }

  public List<NoticeLanguage> noticeLanguages() {
    return List.of(NoticeLanguage.values());
  }

  public boolean canAssessUrgency() {
    return canProcess && matter.urgency().isEmpty();
  }

  public boolean canDecide() {
    return canProcess && matter.isOpen();
  }

  public boolean canConvert() {
    return canProcess && matter.isPrenatal() && matter.summary().state().canMoveTo(MatterState.CONVERTED);
  }

  /** Today is past the due date, so a decision made now must give the reason for the delay. */
  public boolean asksDelayReason() {
    return AssessmentDecisionRules.isLate(matter.summary().assessmentStartDue(), matter.clock().today())
        || problem("delayReason") != null;
  }

  public boolean isChosen(String typed, Enum<?> option) {
    return typed != null && typed.equalsIgnoreCase(option.name());
  }

  public boolean isWorker(MatterView.Worker worker) {
    return worker.id().toString().equals(decisionForm.assignedWorker());
  }

  public String value(String v) {
    return v == null ? "" : v;
  }
}
