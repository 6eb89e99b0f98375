package fi.verso.client;

/**
 * Why a client relationship ended. SHL 34 §: the relationship ends with a record that there is no longer a
 * basis for it; a child welfare relationship ends the same way when the child no longer needs child welfare
 * (LSL 27 §), or when the child moves to another county (LSL 25 d §) or comes of age.
 */
public enum EndReason {
  NO_LONGER_A_BASIS,
  MOVED_TO_ANOTHER_COUNTY,
  CAME_OF_AGE,
  /** Needs a note saying what. */
  OTHER
}
