package fi.verso.intake;

/** Why a service need assessment does not start. */
public enum NotStartReason {
  /** The matter clearly needs no assessment (SHL 36 § 1 mom: "ilmeisen tarpeetonta"). */
  NO_NEED,
  /** The child is already a client: the matter belongs to the existing client relationship. */
  ALREADY_CLIENT,
  OTHER
}
