package fi.verso.intake;

/** A mandated reporter's answer to the separate police notification duty (LSL 25 § 3 mom). */
public enum PoliceNotification {
  YES,
  NO,
  NOT_NEEDED
}
