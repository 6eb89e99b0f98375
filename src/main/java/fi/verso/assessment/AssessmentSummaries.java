package fi.verso.assessment;

import fi.verso.client.ChildAssessments;
import fi.verso.client.TeamName;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The client page's list of a child's assessments, with each open one's completion clock. */
@Component
class AssessmentSummaries implements ChildAssessments {
  private final NamedParameterJdbcTemplate jdbc;

  AssessmentSummaries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Summary> forChild(UUID countyId, UUID childId, LocalDate today) {
    return jdbc.query(
        AssessmentQueries.SUMMARIES_OF_CHILD,
        new MapSqlParameterSource("childId", childId).addValue("countyId", countyId),
        (rs, i) -> {
          LocalDate due = rs.getObject("completion_due", LocalDate.class);
          return new Summary(
              rs.getObject("id", UUID.class),
              new TeamName(rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en")),
              rs.getString("display_name"),
              "OPEN".equals(rs.getString("state")),
              rs.getObject("started_on", LocalDate.class),
              due,
              ChronoUnit.DAYS.between(today, due),
              Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
              Optional.ofNullable(rs.getString("conclusion")));
        });
  }
}
