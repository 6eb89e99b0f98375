package fi.verso.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class WorklistQueries {
  private WorklistQueries() {}

  /**
   * What the clocks of one child run from: the latest and the first plan revision of the relationship, and the
   * latest personal meeting nobody has corrected. Appended to a query that provides {@code x} with child_id,
   * relationship_id, kind, role, worker_id and completion_due.
   */
  private static final String CLOCKS =
      """
      select x.child_id, p.first_name, p.last_name, x.relationship_id, x.kind, x.role, x.worker_id,
             e.display_name as worker_name, x.completion_due,
             latest.made_on as plan_made_on, latest.meeting_every_weeks, first.made_on as first_plan_made_on,
             met.last_met
        from x
        join person p on p.id = x.child_id
        join employee e on e.id = x.worker_id
        left join lateral (
          select r.made_on, r.meeting_every_weeks from client_plan_revision r
           where r.relationship_id = x.relationship_id
           order by r.revision desc limit 1) latest on true
        left join client_plan_revision first on first.relationship_id = x.relationship_id and first.revision = 1
        left join lateral (
          select max(n.contact_at) as last_met from case_note n
           where n.child_id = x.child_id and n.child_met_personally
             and not exists (select 1 from case_note k where k.corrects_id = n.id and k.child_id = n.child_id)) met on true
      """;

  /**
   * The children a worker is responsible for or works with (active relationship as responsible worker or work
   * pair; open assessment as assessing worker or its work pair), one row per child.
   */
  static final String MY_CHILDREN =
      """
      with relationship as (
        select distinct on (r.child_id) r.child_id, r.id as relationship_id, r.kind,
               case when r.responsible_worker_id = :me then 'RESPONSIBLE_WORKER' else 'WORK_PAIR' end as role
          from client_relationship r
         where r.county_id = :countyId and r.state = 'ACTIVE'
           and (r.responsible_worker_id = :me or r.work_pair_id = :me)
         order by r.child_id, r.kind = 'CHILD_WELFARE' desc, r.started_on
      ),
      assessment as (
        select a.child_id, min(a.completion_due) as completion_due
          from service_need_assessment a
         where a.county_id = :countyId and a.state = 'OPEN'
           and (a.assigned_worker_id = :me or a.work_pair_id = :me)
         group by a.child_id
      ),
      x as (
        select coalesce(r.child_id, a.child_id) as child_id, r.relationship_id, r.kind,
               coalesce(r.role, 'ASSESSING_WORKER') as role, cast(:me as uuid) as worker_id, a.completion_due
          from relationship r full join assessment a on a.child_id = r.child_id
      )
      """
          + CLOCKS;

  /**
   * The children of the given teams, one row per child and worker: the responsible worker of an active
   * relationship, and the assigned worker of an open assessment.
   */
  static final String TEAM_CHILDREN =
      """
      with relationship as (
        select distinct on (r.child_id, r.responsible_worker_id) r.child_id, r.id as relationship_id, r.kind,
               r.responsible_worker_id as worker_id
          from client_relationship r
         where r.county_id = :countyId and r.state = 'ACTIVE' and r.team_id in (:teamIds)
         order by r.child_id, r.responsible_worker_id, r.kind = 'CHILD_WELFARE' desc, r.started_on
      ),
      assessment as (
        select a.child_id, a.assigned_worker_id as worker_id, min(a.completion_due) as completion_due
          from service_need_assessment a
         where a.county_id = :countyId and a.state = 'OPEN' and a.team_id in (:teamIds)
         group by a.child_id, a.assigned_worker_id
      ),
      x as (
        select coalesce(r.child_id, a.child_id) as child_id, r.relationship_id, r.kind,
               case when r.child_id is null then 'ASSESSING_WORKER' else 'RESPONSIBLE_WORKER' end as role,
               coalesce(r.worker_id, a.worker_id) as worker_id, a.completion_due
          from relationship r
          full join assessment a on a.child_id = r.child_id and a.worker_id = r.worker_id
      )
      """
          + CLOCKS;

  /** One child (for one worker) with the dates the clocks run from. */
  record Row(
      UUID childId,
      String childName,
      Optional<UUID> relationshipId,
      Optional<String> kind,
      String role,
      UUID workerId,
      String workerName,
      Optional<LocalDate> assessmentDue,
      Optional<LocalDate> planMadeOn,
      Optional<Integer> meetingEveryWeeks,
      Optional<LocalDate> firstPlanMadeOn,
      Optional<java.time.Instant> lastMetAt) {}

  static final RowMapper<Row> ROW = WorklistQueries::row;

  private static Row row(ResultSet rs, int i) throws SQLException {
    Timestamp lastMet = rs.getTimestamp("last_met");
    int weeks = rs.getInt("meeting_every_weeks");
    boolean hasWeeks = !rs.wasNull();
    return new Row(
        rs.getObject("child_id", UUID.class),
        (rs.getString("first_name") + " " + rs.getString("last_name")).strip(),
        Optional.ofNullable(rs.getObject("relationship_id", UUID.class)),
        Optional.ofNullable(rs.getString("kind")),
        rs.getString("role"),
        rs.getObject("worker_id", UUID.class),
        rs.getString("worker_name"),
        Optional.ofNullable(rs.getObject("completion_due", LocalDate.class)),
        Optional.ofNullable(rs.getObject("plan_made_on", LocalDate.class)),
        hasWeeks ? Optional.of(weeks) : Optional.empty(),
        Optional.ofNullable(rs.getObject("first_plan_made_on", LocalDate.class)),
        Optional.ofNullable(lastMet).map(Timestamp::toInstant));
  }
}
