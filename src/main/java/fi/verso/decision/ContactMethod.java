package fi.verso.decision;

/** How a consent was given or a party was heard. */
public enum ContactMethod {
  IN_PERSON,
  PHONE,
  WRITTEN,
  ELECTRONIC
}
