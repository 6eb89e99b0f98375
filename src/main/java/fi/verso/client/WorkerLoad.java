package fi.verso.client;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * A social worker and the children they are responsible for on a day, against the caseload cap
 * ({@link CaseloadCap}).
 */
public record WorkerLoad(UUID id, String name, boolean qualified, int count, OptionalInt cap) {
  public CaseloadCap.Standing standing() {
    return CaseloadCap.Standing.of(count, cap);
  }

  /** Places left under the cap (0 when at or over it). */
  public int placesLeft() {
    return cap.isEmpty() ? Integer.MAX_VALUE : Math.max(0, cap.getAsInt() - count);
  }

  public boolean hasCap() {
    return cap.isPresent();
  }

  public int capValue() {
    return cap.orElse(0);
  }
}
