package fi.verso.client;

import fi.verso.shared.security.ChildRelationship;
import fi.verso.shared.security.ChildRelationshipResolver;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How an employee stands to a child, from client relationships, service need assessments, team leadership,
 * records opened with a stated reason and open family work periods (the service module's table). One query: access checks run on every request to a child's records.
 */
@Component
class ChildRelationships implements ChildRelationshipResolver {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  ChildRelationships(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Set<ChildRelationship> relationships(UUID employeeId, UUID childId) {
    Set<ChildRelationship> found = EnumSet.noneOf(ChildRelationship.class);
    jdbc.query(
        RELATIONSHIPS,
        new MapSqlParameterSource("employeeId", employeeId)
            .addValue("childId", childId)
            .addValue("now", Timestamp.from(clock.instant())),
        rs -> {
          found.add(ChildRelationship.valueOf(rs.getString("relationship")));
        });
    return found;
  }

  private static final String RELATIONSHIPS =
      """
      select 'RESPONSIBLE_WORKER' as relationship from client_relationship
       where child_id = :childId and responsible_worker_id = :employeeId
      union
      select 'WORK_PAIR' from client_relationship where child_id = :childId and work_pair_id = :employeeId
      union
      select 'ASSESSING_WORKER' from service_need_assessment
       where child_id = :childId and (assigned_worker_id = :employeeId or work_pair_id = :employeeId)
      union
      select 'LEAD_OF_RESPONSIBLE_TEAM' from client_relationship r
        join team_membership m on m.team_id = r.team_id and m.team_role = 'LEAD'
       where r.child_id = :childId and m.employee_id = :employeeId
      union
      select 'LEAD_OF_RESPONSIBLE_TEAM' from service_need_assessment a
        join team_membership m on m.team_id = a.team_id and m.team_role = 'LEAD'
       where a.child_id = :childId and m.employee_id = :employeeId
      union
      select 'OPENED_WITH_REASON' from child_record_access_reason
       where child_id = :childId and employee_id = :employeeId and valid_until > :now
      union
      select 'FAMILY_WORKER' from family_work_period
       where child_id = :childId and family_worker_id = :employeeId and ended_on is null
      """;
}
