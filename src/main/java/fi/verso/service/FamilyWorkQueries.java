package fi.verso.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class FamilyWorkQueries {
  private FamilyWorkQueries() {}

  static final String CHILD =
      """
      select id, first_name, last_name, birth_date from person where id = :childId and county_id = :countyId
      """;

  static final String ACTIVE_RELATIONSHIPS =
      """
      select id, kind, started_on from client_relationship
       where child_id = :childId and county_id = :countyId and state = 'ACTIVE'
       order by started_on, id
      """;

  /** Who may be assigned: family workers and social instructors of the county. */
  static final String FAMILY_WORKERS =
      """
      select id, display_name from employee
       where county_id = :countyId and enabled and roles && array['FAMILY_WORKER', 'SOCIAL_INSTRUCTOR']::text[]
       order by lower(display_name), id
      """;

  static final String PERIODS_OF_CHILD =
      """
      select f.id, f.kind, f.started_on, f.planned_end_on, f.ended_on, f.decision_ended_on, e.display_name as worker_name,
             coalesce(sum(v.duration_hours), 0) as hours, count(v.id) as visits
        from family_work_period f
        join employee e on e.id = f.family_worker_id
        left join family_work_visit v on v.period_id = f.id
       where f.child_id = :childId and f.county_id = :countyId
       group by f.id, e.display_name
       order by f.ended_on is not null, f.started_on desc, f.id
      """;

  static final String PERIOD =
      """
      select f.*, r.kind as relationship_kind, e.display_name as worker_name
        from family_work_period f
        join client_relationship r on r.id = f.relationship_id
        join employee e on e.id = f.family_worker_id
       where f.id = :id and f.child_id = :childId and f.county_id = :countyId
      """;

  static final String VISITS =
      """
      select v.id, v.visited_on, v.duration_hours, v.notes, e.display_name as recorded_by_name
        from family_work_visit v join employee e on e.id = v.recorded_by
       where v.period_id = :periodId
       order by v.visited_on desc, v.created_at desc
      """;

  static final String INSERT_PERIOD =
      """
      insert into family_work_period
        (id, county_id, relationship_id, child_id, kind, family_worker_id, started_on, planned_end_on, goals, created_by,
         created_at, modified_at)
      values (:id, :countyId, :relationshipId, :childId, :kind, :workerId, :startedOn, :plannedEndOn, :goals, :actorId,
         :now, :now)
      """;

  static final String INSERT_VISIT =
      """
      insert into family_work_visit (id, period_id, visited_on, duration_hours, notes, recorded_by, created_at, modified_at)
      values (:id, :periodId, :visitedOn, :hours, :notes, :actorId, :now, :now)
      """;

  static final String SET_NEXT_VISIT =
      """
      update family_work_period set next_visit_on = :nextVisit, version = version + 1, modified_at = :now
       where id = :periodId and ended_on is null
      """;

  static final String END_PERIOD =
      """
      update family_work_period
         set ended_on = :endedOn, end_summary = :summary, ended_by = :actorId, next_visit_on = null,
             version = version + 1, modified_at = :now
       where id = :periodId and ended_on is null
      """;

  /** A renewal rests on a new decision: the ended one no longer governs the period. */
  static final String RENEW_PERIOD =
      """
      update family_work_period
         set planned_end_on = :plannedEndOn, decision_id = null, decision_ended_on = null,
             version = version + 1, modified_at = :now
       where id = :periodId and ended_on is null
      """;

  static final String DECISION_ENDED =
      """
      update family_work_period set decision_ended_on = :endedOn, version = version + 1, modified_at = :now
       where id = :periodId and ended_on is null
      """;

  static final String MY_PERIODS =
      """
      select f.id, f.child_id, f.kind, f.started_on, f.planned_end_on, f.next_visit_on, f.decision_ended_on,
             p.first_name, p.last_name,
             coalesce((select sum(v.duration_hours) from family_work_visit v where v.period_id = f.id), 0) as hours,
             (select max(v.visited_on) from family_work_visit v where v.period_id = f.id) as last_visit_on
        from family_work_period f
        join person p on p.id = f.child_id
       where f.family_worker_id = :me and f.county_id = :countyId and f.ended_on is null
       order by f.next_visit_on nulls last, lower(p.last_name), lower(p.first_name), f.id
      """;

  static final RowMapper<ChildSummary> CHILD_ROW =
      (rs, i) ->
          new ChildSummary(
              rs.getObject("id", UUID.class),
              rs.getString("first_name"),
              rs.getString("last_name"),
              rs.getObject("birth_date", LocalDate.class));

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static BigDecimal hours(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? BigDecimal.ZERO : value;
  }
}
