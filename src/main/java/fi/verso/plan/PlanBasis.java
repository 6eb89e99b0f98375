package fi.verso.plan;

/**
 * The law a client relationship, and so its plan, stands on. Mirrors {@code client_relationship.kind}; the
 * review rule differs between them ({@link PlanReviewPolicy}).
 */
public enum PlanBasis {
  /** Lastensuojelun asiakkuus (LSL 27 §): the plan is LSL 30 §, reviewed at least once a year. */
  CHILD_WELFARE,
  /** Erityistä tukea tarvitsevan lapsen asiakkuus (SHL 34 §): the plan is SHL 39 §, reviewed when needed. */
  SHL_SPECIAL_SUPPORT
}
