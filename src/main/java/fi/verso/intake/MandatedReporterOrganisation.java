package fi.verso.intake;

/** The bodies whose staff must notify (LSL 25 § 1 mom), as the reporter picks them on the form. */
public enum MandatedReporterOrganisation {
  SOCIAL_SERVICES,
  HEALTH_CARE,
  HEALTH_PROFESSIONAL,
  EARLY_CHILDHOOD_EDUCATION,
  EDUCATION,
  YOUTH_WORK,
  POLICE,
  PRISON_AND_PROBATION,
  RESCUE_SERVICES,
  EMERGENCY_RESPONSE_CENTRE,
  PARISH_OR_RELIGIOUS_COMMUNITY,
  RECEPTION_CENTRE,
  CUSTOMS,
  BORDER_GUARD,
  ENFORCEMENT,
  KELA,
  SERVICE_PROVIDER
}
