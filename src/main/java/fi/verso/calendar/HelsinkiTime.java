package fi.verso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Statutory days are counted in Finnish local time, whatever zone the server runs in. */
public final class HelsinkiTime {
  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  private HelsinkiTime() {}

  public static LocalDate dateOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }
}
