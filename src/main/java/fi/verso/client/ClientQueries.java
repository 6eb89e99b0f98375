package fi.verso.client;

final class ClientQueries {
  private ClientQueries() {}

  /** Serialises assignments to one worker, so two at once cannot both pass the caseload check. */
  static final String LOCK_WORKER = "select pg_advisory_xact_lock(:key)";

  static final String EMPLOYEE =
      """
      select id, display_name, qualified_social_worker, enabled
        from employee where id = :id and county_id = :countyId
      """;

  /** Birth dates of the children in each worker's active child welfare relationships (LSL 13 b § count). */
  static final String CASELOAD_BIRTH_DATES =
      """
      select r.responsible_worker_id, p.birth_date
        from client_relationship r join person p on p.id = r.child_id
       where r.state = 'ACTIVE' and r.kind = 'CHILD_WELFARE' and r.responsible_worker_id in (:workers)
      """;

  static final String ACTIVE_OF_KIND =
      "select count(*) from client_relationship where child_id = :childId and kind = :kind and state = 'ACTIVE'";

  static final String CHILD_BIRTH_DATE = "select birth_date from person where id = :childId and county_id = :countyId";

  static final String INSERT_RELATIONSHIP =
      """
      insert into client_relationship (id, county_id, child_id, team_id, kind, started_on, basis, assessment_id,
                                       responsible_worker_id, work_pair_id, state)
      values (:id, :countyId, :childId, :teamId, :kind, :startedOn, :basis, :assessmentId,
              :responsibleWorkerId, :workPairId, 'ACTIVE')
      """;

  static final String INSERT_PERIOD =
      """
      insert into client_worker_period (relationship_id, employee_id, role, from_date, changed_by)
      values (:relationshipId, :employeeId, :role, :fromDate, :changedBy)
      """;

  /** Periods are [from_date, to_date): the day of a change belongs to the new worker. */
  static final String CLOSE_PERIODS =
      """
      update client_worker_period set to_date = :toDate
       where relationship_id = :relationshipId and role = :role and to_date is null
      """;

  static final String CURRENT_PERIOD_START =
      """
      select max(from_date) as from_date from client_worker_period
       where relationship_id = :id and role = :role and to_date is null
      """;

  static final String INSERT_FAMILY_MEMBER =
      """
      insert into client_family_member (id, relationship_id, person_id, name, role, role_description)
      values (:id, :relationshipId, :personId, :name, :role, :roleDescription)
      """;

  static final String DELETE_FAMILY_MEMBER =
      "delete from client_family_member where id = :id and relationship_id = :relationshipId";

  static final String RELATIONSHIP_COLUMNS =
      """
      r.id, r.child_id, r.team_id, t.name_fi as team_fi, t.name_sv as team_sv, t.name_en as team_en, r.kind,
      r.started_on, r.basis, r.responsible_worker_id, rw.display_name as responsible_name, r.work_pair_id,
      wp.display_name as work_pair_name, r.state, r.informed_on, r.ended_on, r.end_reason, r.end_note, r.version
      """;

  static final String RELATIONSHIP_FROM =
      """
       from client_relationship r
       join team t on t.id = r.team_id
       join employee rw on rw.id = r.responsible_worker_id
       left join employee wp on wp.id = r.work_pair_id
      """;

  static final String RELATIONSHIPS_OF_CHILD =
      "select " + RELATIONSHIP_COLUMNS + RELATIONSHIP_FROM
          + " where r.child_id = :childId and r.county_id = :countyId order by r.state, r.started_on desc";

  static final String RELATIONSHIP_FOR_UPDATE =
      "select " + RELATIONSHIP_COLUMNS + RELATIONSHIP_FROM
          + " where r.id = :id and r.child_id = :childId and r.county_id = :countyId for update of r";

  static final String PERIODS_OF_CHILD =
      """
      select p.relationship_id, p.role, p.from_date, p.to_date, e.display_name
        from client_worker_period p
        join client_relationship r on r.id = p.relationship_id
        join employee e on e.id = p.employee_id
       where r.child_id = :childId
       order by p.relationship_id, p.from_date, p.id
      """;

  static final String FAMILY_OF_CHILD =
      """
      select f.id, f.relationship_id, f.person_id, f.name, f.role, f.role_description
        from client_family_member f join client_relationship r on r.id = f.relationship_id
       where r.child_id = :childId
       order by case f.role when 'GUARDIAN' then 0 when 'PARENT' then 1 when 'SIBLING' then 2 else 3 end, f.name
      """;

  static final String CHANGE_WORKERS =
      """
      update client_relationship
         set responsible_worker_id = :responsibleWorkerId, work_pair_id = :workPairId,
             version = version + 1, modified_at = now()
       where id = :id and version = :version
      """;

  static final String RECORD_INFORMED =
      """
      update client_relationship set informed_on = :informedOn, version = version + 1, modified_at = now()
       where id = :id and version = :version
      """;

  static final String END =
      """
      update client_relationship
         set state = 'ENDED', ended_on = :endedOn, end_reason = :endReason, end_note = :endNote,
             end_notice_on = :noticeOn, retention_basis = :retentionBasis, retention_until = :retentionUntil,
             version = version + 1, modified_at = now()
       where id = :id and version = :version and state = 'ACTIVE'
      """;

  static final String TOUCH =
      "update client_relationship set version = version + 1, modified_at = now() where id = :id and version = :version";

  /** Team members, for choosing a work pair. */
  static final String TEAM_MEMBERS =
      """
      select e.id, e.display_name, e.qualified_social_worker
        from team_membership m join employee e on e.id = m.employee_id
       where m.team_id in (:teams) and e.enabled and e.county_id = :countyId
       group by e.id, e.display_name, e.qualified_social_worker
       order by e.display_name
      """;

  /** Social workers of the teams: qualified ones, and those whose role is social work. */
  static final String TEAM_SOCIAL_WORKERS =
      """
      select e.id, e.display_name, e.qualified_social_worker
        from team_membership m join employee e on e.id = m.employee_id
       where m.team_id in (:teams) and e.enabled and e.county_id = :countyId
         and (e.qualified_social_worker or 'SOCIAL_WORKER' = any (e.roles))
       group by e.id, e.display_name, e.qualified_social_worker
       order by e.display_name
      """;

  /** The active relationships of the teams, with the child's name and birth date: the lead's caseload view. */
  static final String ACTIVE_OF_TEAMS =
      """
      select r.id, r.child_id, p.first_name, p.last_name, p.birth_date, r.kind, r.started_on,
             r.responsible_worker_id, r.version
        from client_relationship r join person p on p.id = r.child_id
       where r.team_id in (:teams) and r.state = 'ACTIVE' and r.county_id = :countyId
       order by p.last_name, p.first_name, r.kind
      """;

  /** The teams that have worked with a child as client: the active relationship first, then the latest. */
  static final String RELATIONSHIP_TEAMS =
      """
      select t.name_fi, t.name_sv, t.name_en
        from client_relationship r join team t on t.id = r.team_id
       where r.child_id = :childId and r.county_id = :countyId
       order by (r.state = 'ACTIVE') desc, r.started_on desc
      """;

  static final String INSERT_ACCESS_REASON =
      """
      insert into child_record_access_reason (id, county_id, child_id, employee_id, reason, opened_at, valid_until)
      values (:id, :countyId, :childId, :employeeId, :reason, :openedAt, :validUntil)
      """;

  /**
   * Records opened with a reason that concern the lead's teams: opened by one of their members, or about a
   * child whose relationship or assessment is theirs.
   */
  static final String OPENED_RECORDS =
      """
      select a.id, a.child_id, p.first_name, p.last_name, e.display_name, a.reason, a.opened_at, a.valid_until
        from child_record_access_reason a
        join person p on p.id = a.child_id
        join employee e on e.id = a.employee_id
       where a.county_id = :countyId
         and (exists (select 1 from team_membership m where m.employee_id = a.employee_id and m.team_id in (:teams))
              or exists (select 1 from client_relationship r where r.child_id = a.child_id and r.team_id in (:teams))
              or exists (select 1 from service_need_assessment s where s.child_id = a.child_id and s.team_id in (:teams)))
       order by a.opened_at desc
       limit 500
      """;
}
