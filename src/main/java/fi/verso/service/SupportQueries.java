package fi.verso.service;

final class SupportQueries {
  private SupportQueries() {}

  private static final String PROVIDER_COLUMNS =
      """
      select p.id, p.kind, p.name, p.contact, p.training_course, p.training_completed_on, p.criminal_record_checked_on,
             p.languages, p.availability, p.version,
             array(select a.municipality_code::text from support_provider_area a where a.provider_id = p.id
                    order by a.municipality_code) as areas
        from support_provider p
      """;

  /** The register filtered by kind, language, area and availability; a null filter matches everyone. */
  static final String PROVIDERS =
      PROVIDER_COLUMNS
          + """
           where p.county_id = :countyId
             and (cast(:kind as text) is null or p.kind = cast(:kind as text))
             and (cast(:language as text) is null or cast(:language as text) = any (p.languages))
             and (cast(:area as text) is null or exists (
                   select 1 from support_provider_area a
                    where a.provider_id = p.id and a.municipality_code = cast(:area as text)))
             and (cast(:availability as text) is null or p.availability = cast(:availability as text))
           order by lower(p.name), p.id
          """;

  static final String PROVIDER = PROVIDER_COLUMNS + " where p.id = :id and p.county_id = :countyId";

  static final String INSERT_PROVIDER =
      """
      insert into support_provider
        (id, county_id, kind, name, contact, training_course, training_completed_on, criminal_record_checked_on, languages,
         availability, created_at, modified_at)
      values (:id, :countyId, :kind, :name, :contact, :trainingCourse, :trainingCompletedOn, :checkedOn,
         cast(:languages as text[]), :availability, :now, :now)
      """;

  static final String UPDATE_PROVIDER =
      """
      update support_provider
         set kind = :kind, name = :name, contact = :contact, training_course = :trainingCourse,
             training_completed_on = :trainingCompletedOn, criminal_record_checked_on = :checkedOn,
             languages = cast(:languages as text[]), availability = :availability,
             version = version + 1, modified_at = :now
       where id = :id and county_id = :countyId and version = :version
      """;

  static final String DELETE_AREAS = "delete from support_provider_area where provider_id = :id";

  static final String INSERT_AREA =
      """
      insert into support_provider_area (provider_id, municipality_code, created_at)
      select :id, code, :now from municipality where code = :code and county_id = :countyId
      """;

  static final String MATCHES_OF_CHILD =
      """
      select m.id, m.provider_id, p.name as provider_name, p.kind as provider_kind, m.starts_on, m.ends_on, m.closed_on,
             m.decision_ended_on,
             (select count(*) from support_match_meeting g where g.match_id = m.id) as meetings
        from support_match m
        join support_provider p on p.id = m.provider_id
       where m.child_id = :childId and m.county_id = :countyId
       order by m.closed_on is not null, m.starts_on desc, m.id
      """;

  static final String MATCH =
      """
      select m.* from support_match m where m.id = :id and m.child_id = :childId and m.county_id = :countyId
      """;

  static final String MEETINGS =
      """
      select g.id, g.met_on, g.notes, e.display_name as recorded_by_name
        from support_match_meeting g join employee e on e.id = g.recorded_by
       where g.match_id = :matchId
       order by g.met_on desc, g.created_at desc
      """;

  static final String INSERT_MATCH =
      """
      insert into support_match
        (id, county_id, provider_id, relationship_id, child_id, starts_on, ends_on, created_by, created_at, modified_at)
      values (:id, :countyId, :providerId, :relationshipId, :childId, :startsOn, :endsOn, :actorId, :now, :now)
      """;

  static final String INSERT_MEETING =
      """
      insert into support_match_meeting (id, match_id, met_on, notes, recorded_by, created_at, modified_at)
      values (:id, :matchId, :metOn, :notes, :actorId, :now, :now)
      """;

  static final String CLOSE_MATCH =
      """
      update support_match set closed_on = :closedOn, closed_by = :actorId, version = version + 1, modified_at = :now
       where id = :matchId and closed_on is null
      """;

  /** A renewal rests on a new decision: the ended one no longer governs the match. */
  static final String RENEW_MATCH =
      """
      update support_match
         set ends_on = :endsOn, decision_id = null, decision_ended_on = null, version = version + 1, modified_at = :now
       where id = :matchId and closed_on is null
      """;

  static final String DECISION_ENDED =
      """
      update support_match set decision_ended_on = :endedOn, version = version + 1, modified_at = :now
       where id = :matchId and closed_on is null
      """;

  static final String CHILD_DEFAULTS =
      """
      select language, municipality_code from person where id = :childId and county_id = :countyId
      """;
}
