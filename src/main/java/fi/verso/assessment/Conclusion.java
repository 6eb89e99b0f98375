package fi.verso.assessment;

import fi.verso.client.RelationshipKind;
import java.util.Optional;

/**
 * What the service need assessment concluded (SHL 36 §, LSL 27 §). The first two start a client relationship
 * in the same transaction as the completion.
 */
public enum Conclusion {
  /** The child needs child welfare: a child welfare client relationship starts, on an LSL 27 § ground. */
  CHILD_WELFARE_CLIENT(RelationshipKind.CHILD_WELFARE),
  /** The child needs special support: social work for families with children under SHL (SHL 34 §). */
  SHL_SPECIAL_SUPPORT_CLIENT(RelationshipKind.SHL_SPECIAL_SUPPORT),
  /** The family is guided to other services (e.g. the family centre, early education, health care). */
  OTHER_SERVICES(null),
  /** No need for social services. */
  NO_NEED(null);

  private final RelationshipKind starts;

  Conclusion(RelationshipKind starts) {
    this.starts = starts;
  }

  public Optional<RelationshipKind> startsRelationship() {
    return Optional.ofNullable(starts);
  }

  /** LSL 27 §: a child welfare client relationship starts on a named ground. */
  public boolean needsLsl27Ground() {
    return this == CHILD_WELFARE_CLIENT;
  }
}
