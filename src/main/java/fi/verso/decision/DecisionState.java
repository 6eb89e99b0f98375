package fi.verso.decision;

import java.util.Set;

/**
 * Where a decision is: a draft being prepared, decided (fixed from then on), or sent to the parties. The only
 * steps are DRAFT to DECIDED and DECIDED to SENT; each step is a history row. The database refuses any other.
 */
public enum DecisionState {
  DRAFT,
  DECIDED,
  SENT;

  public Set<DecisionState> next() {
    return switch (this) {
      case DRAFT -> Set.of(DECIDED);
      case DECIDED -> Set.of(SENT);
      case SENT -> Set.of();
    };
  }

  public boolean canMoveTo(DecisionState target) {
    return next().contains(target);
  }

  public boolean isDecided() {
    return this != DRAFT;
  }
}
