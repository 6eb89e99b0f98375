package fi.verso.worklist;

import fi.verso.plan.DueStatus;
import java.time.LocalDate;

/** A date on a child's clocks and where it stands today. */
public record Deadline(Kind kind, LocalDate due, DueStatus status) {
  public enum Kind {
    /** The service need assessment is completed within 3 months of receipt (SHL 36 §). */
    ASSESSMENT_COMPLETION,
    /** The child welfare client plan is reviewed at least once a year (LSL 30 §). */
    PLAN_REVIEW,
    /** The child is met personally as often as the plan says (LSL 29 §, SHL 42 §). */
    MEETING
  }
}
