package fi.verso.intake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The life of a matter in intake, with its allowed transitions. */
public enum MatterState {
  RECEIVED,
  ASSESSMENT_STARTED,
  NOT_STARTED,
  TRANSFERRED,
  /** A prenatal notification converted into the child's matter after the birth. */
  CONVERTED;

  private static final Map<MatterState, Set<MatterState>> NEXT =
      Map.of(
          RECEIVED, EnumSet.of(ASSESSMENT_STARTED, NOT_STARTED, TRANSFERRED, CONVERTED),
          ASSESSMENT_STARTED, EnumSet.noneOf(MatterState.class),
          NOT_STARTED, EnumSet.noneOf(MatterState.class),
          TRANSFERRED, EnumSet.noneOf(MatterState.class),
          CONVERTED, EnumSet.noneOf(MatterState.class));

  public boolean canMoveTo(MatterState next) {
    return NEXT.get(this).contains(next);
  }

  public boolean isOpen() {
    return this == RECEIVED;
  }
}
