package fi.verso.client;

/**
 * On what ground a child welfare client relationship starts (Lastensuojelulaki 417/2007 27 §): the assessment
 * finds that the child's growing conditions, or the child's own behaviour, endanger their health or
 * development; urgent child welfare measures are taken; or child welfare services are given before the
 * assessment ends.
 */
public enum Lsl27Ground {
  GROWING_CONDITIONS_ENDANGER,
  OWN_BEHAVIOUR_ENDANGERS,
  URGENT_MEASURES,
  SERVICES_BEFORE_ASSESSMENT_END
}
