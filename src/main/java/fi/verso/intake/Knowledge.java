package fi.verso.intake;

/** Whether the child or the guardians know about the notification. */
public enum Knowledge {
  YES,
  NO,
  UNKNOWN
}
