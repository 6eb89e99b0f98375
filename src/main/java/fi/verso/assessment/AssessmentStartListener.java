package fi.verso.assessment;

import fi.verso.intake.AssessmentStartDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the assessment when intake decides to start one. A plain (synchronous) listener on purpose: it runs
 * inside the deciding transaction, so a START decision and its assessment commit or roll back together.
 */
@Component
class AssessmentStartListener {
  private final Assessments assessments;

  AssessmentStartListener(Assessments assessments) {
    this.assessments = assessments;
  }

  @EventListener
  void on(AssessmentStartDecided event) {
    assessments.start(event);
  }
}
