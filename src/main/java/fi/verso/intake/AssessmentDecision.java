package fi.verso.intake;

/**
 * The decision whether a service need assessment starts (LSL 26 § 5 mom, SHL 36 §), or that the matter is
 * transferred to the county where the child now lives (LSL 25 d §).
 */
public enum AssessmentDecision {
  START,
  NOT_START,
  TRANSFER;

  /** The state a matter moves to with this decision. */
  public MatterState resultingState() {
    return switch (this) {
      case START -> MatterState.ASSESSMENT_STARTED;
      case NOT_START -> MatterState.NOT_STARTED;
      case TRANSFER -> MatterState.TRANSFERRED;
    };
  }
}
