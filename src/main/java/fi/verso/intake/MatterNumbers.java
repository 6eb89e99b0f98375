package fi.verso.intake;

import fi.verso.calendar.HelsinkiTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference a matter is known by, and the unguessable token of its acknowledgement page. */
final class MatterNumbers {
  private static final SecureRandom RANDOM = new SecureRandom();

  private MatterNumbers() {}

  /** The Helsinki year of receipt and a running number, e.g. 2026-000042. */
  static String nextReference(JdbcTemplate jdbc, Instant receivedAt) {
    Long seq = jdbc.queryForObject(IntakeQueries.NEXT_REFERENCE, Long.class);
    return HelsinkiTime.dateOf(receivedAt).getYear() + "-" + String.format(Locale.ROOT, "%06d", seq);
  }

  /** 128 random bits as 32 hex digits: the only key to an anonymous sender's acknowledgement. */
  static String receiptToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
