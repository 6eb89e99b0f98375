package fi.verso.service;

/** Family work under the Social Welfare Act, or intensified family work as a child welfare open-care measure. */
public enum FamilyWorkKind {
  /** Perhetyö, SHL 18 §: also for a child needing special support under SHL. */
  FAMILY_WORK,
  /** Tehostettu perhetyö, LSL 36 §: only for a child welfare client. */
  INTENSIFIED_FAMILY_WORK
}
