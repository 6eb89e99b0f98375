package fi.verso.client;

/**
 * The two kinds of client relationship a service need assessment can start: child welfare (LSL 27 §), and
 * social work for a child needing special support under SHL (SHL 34 §).
 */
public enum RelationshipKind {
  CHILD_WELFARE,
  SHL_SPECIAL_SUPPORT;

  /** The basis recorded for an SHL special-support relationship: SHL 34 § (and 36 § assessment). */
  public static final String SHL_BASIS = "SHL_34";
}
