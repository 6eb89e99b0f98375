package fi.verso.service;

final class PeerGroupQueries {
  private PeerGroupQueries() {}

  static final String GROUPS =
      """
      select g.id, g.name,
             exists (select 1 from peer_group_facilitator f where f.group_id = g.id and f.employee_id = :me) as facilitator,
             (select count(*) from peer_group_participant p where p.group_id = g.id) as participants,
             (select min(s.held_on) from peer_group_session s where s.group_id = g.id and s.held_on >= :today) as next_session
        from peer_group g
       where g.county_id = :countyId
       order by lower(g.name), g.id
      """;

  static final String GROUP =
      """
      select g.id, g.name, g.description,
             exists (select 1 from peer_group_facilitator f where f.group_id = g.id and f.employee_id = :me) as facilitator
        from peer_group g
       where g.id = :groupId and g.county_id = :countyId
      """;

  static final String FACILITATORS =
      """
      select e.id, e.display_name from peer_group_facilitator f join employee e on e.id = f.employee_id
       where f.group_id = :groupId
       order by lower(e.display_name), e.id
      """;

  /** Who may facilitate: employees whose roles allow running peer groups. */
  static final String FACILITATOR_CANDIDATES =
      """
      select id, display_name from employee
       where county_id = :countyId and enabled
         and roles && array['SOCIAL_INSTRUCTOR', 'FAMILY_WORKER', 'SOCIAL_WORKER', 'TEAM_LEAD']::text[]
         and id not in (select employee_id from peer_group_facilitator where group_id = :groupId)
       order by lower(display_name), id
      """;

  static final String PARTICIPANTS =
      """
      select p.id, p.person_id, p.role, s.first_name, s.last_name
        from peer_group_participant p join person s on s.id = p.person_id
       where p.group_id = :groupId
       order by lower(s.last_name), lower(s.first_name), p.id
      """;

  static final String SESSIONS =
      """
      select s.id, s.held_on, s.starts_at,
             count(a.participant_id) filter (where a.present) as present,
             count(a.participant_id) filter (where not a.present) as absent
        from peer_group_session s
        left join peer_group_attendance a on a.session_id = s.id
       where s.group_id = :groupId
       group by s.id
       order by s.held_on, s.starts_at, s.id
      """;

  static final String ATTENDANCE =
      """
      select participant_id, present from peer_group_attendance where session_id = :sessionId
      """;

  static final String INSERT_GROUP =
      """
      insert into peer_group (id, county_id, name, description, created_by, created_at, modified_at)
      values (:groupId, :countyId, :name, :description, :me, :now, :now)
      """;

  static final String INSERT_FACILITATOR =
      """
      insert into peer_group_facilitator (group_id, employee_id, created_at)
      values (:groupId, :employeeId, :now)
      on conflict do nothing
      """;

  static final String PERSON_BY_CODE =
      """
      select id from person where county_id = :countyId and personal_identity_code = :code
      """;

  static final String INSERT_PARTICIPANT =
      """
      insert into peer_group_participant (id, group_id, person_id, role, added_by, created_at)
      values (:id, :groupId, :personId, :role, :me, :now)
      on conflict (group_id, person_id) do nothing
      """;

  static final String INSERT_SESSION =
      """
      insert into peer_group_session (id, group_id, held_on, starts_at, created_by, created_at, modified_at)
      values (:id, :groupId, :heldOn, :startsAt, :me, :now, :now)
      """;

  static final String UPSERT_ATTENDANCE =
      """
      insert into peer_group_attendance (session_id, participant_id, present, recorded_by, created_at, modified_at)
      values (:sessionId, :participantId, :present, :me, :now, :now)
      on conflict (session_id, participant_id)
      do update set present = excluded.present, recorded_by = excluded.recorded_by, modified_at = excluded.modified_at
      """;
}
