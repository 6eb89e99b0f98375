package fi.verso.intake;

/** The result of the urgency assessment (LSL 26 § 2 mom), as the worker picks it. */
public enum UrgencyAnswer {
  URGENT,
  NOT_URGENT
}
