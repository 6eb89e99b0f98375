package fi.verso.decision;

/** How a person takes part in a decision about a child. */
public enum PartyRole {
  GUARDIAN,
  CHILD
}
