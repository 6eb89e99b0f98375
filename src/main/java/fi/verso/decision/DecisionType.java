package fi.verso.decision;

/** What a decision does to a measure. */
public enum DecisionType {
  GRANT,
  REFUSE,
  CHANGE,
  END;

  /** A decision that starts or continues a measure, so it has a start, a duration and goals. */
  public boolean providesMeasure() {
    return this == GRANT || this == CHANGE;
  }
}
