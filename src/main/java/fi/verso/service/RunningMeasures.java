package fi.verso.service;

import fi.verso.client.OpenMeasures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The measures still running for a child, so that a client relationship is not closed under them: a family
 * work period until it is ended with its summary, a support person or family match while its period covers
 * the closing date and it is not closed.
 */
@Component
class RunningMeasures implements OpenMeasures {
  private final NamedParameterJdbcTemplate jdbc;

  RunningMeasures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> stillRunning(UUID childId, LocalDate on) {
    return jdbc.queryForList(RUNNING, new MapSqlParameterSource("childId", childId).addValue("on", on), String.class);
  }

  private static final String RUNNING =
      """
      select 'FAMILY_WORK' from family_work_period where child_id = :childId and ended_on is null
      union
      select 'SUPPORT_MATCH' from support_match where child_id = :childId and closed_on is null and ends_on >= :on
      """;
}
