package fi.verso.intake;

import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** The JSON API's own queries (kept apart from {@link IntakeQueries}, which the forms use). */
final class IntakeApiQueries {
  private IntakeApiQueries() {}

  /**
   * Serialises requests that carry the same idempotency key: a second one waits until the first has
   * committed and then finds its matter, so exactly one of them answers 201.
   */
  static final String LOCK_SUBMISSION_KEY = "select pg_advisory_xact_lock(hashtextextended(:submissionKey, 0))";

  static final String EARLIER_BY_SUBMISSION_KEY =
      """
      select id, county_id, registered_by from intake_matter where submission_key = :submissionKey
      """;

  record Earlier(UUID id, UUID countyId, UUID registeredBy) {}

  static final RowMapper<Earlier> EARLIER =
      (rs, i) ->
          new Earlier(
              rs.getObject("id", UUID.class),
              rs.getObject("county_id", UUID.class),
              rs.getObject("registered_by", UUID.class));
}
