package fi.verso.intake;

/**
 * On what basis a contact request is made (SHL 35 §, LSL 25 a §): a parent's own request, a professional
 * together with the family, with the person's consent, or without it when the child's interest requires.
 */
public enum ContactBasis {
  OWN_REQUEST,
  WITH_FAMILY,
  WITH_CONSENT,
  WITHOUT_CONSENT
}
