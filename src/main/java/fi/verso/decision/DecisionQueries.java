package fi.verso.decision;

import fi.verso.shared.i18n.OfficialLanguage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** The decision module's SQL. Person, guardianship and client relationship rows are read, never written. */
final class DecisionQueries {
  private DecisionQueries() {}

  static final String CHILD =
      """
      select id, first_name, last_name, birth_date, language from person where id = :childId and county_id = :countyId
      """;

  static final String GUARDIANS =
      """
      select p.id, p.first_name, p.last_name, p.birth_date
        from guardianship g join person p on p.id = g.guardian_id
       where g.child_id = :childId
       order by lower(p.last_name), lower(p.first_name), p.id
      """;

  static final String ACTIVE_RELATIONSHIPS =
      """
      select r.id, r.kind, r.team_id, r.responsible_worker_id, t.name_fi as team_fi, t.name_sv as team_sv
        from client_relationship r join team t on t.id = r.team_id
       where r.child_id = :childId and r.county_id = :countyId and r.state = 'ACTIVE'
       order by case r.kind when 'CHILD_WELFARE' then 0 else 1 end
      """;

  static final String RELATIONSHIP =
      """
      select r.id, r.kind, r.team_id, r.responsible_worker_id, t.name_fi as team_fi, t.name_sv as team_sv
        from client_relationship r join team t on t.id = r.team_id
       where r.id = :relationshipId
      """;

  /** Who can give more information: the child's workers and the members of the responsible teams. */
  static final String CONTACT_CANDIDATES =
      """
      select e.id, e.display_name, e.title_fi
        from employee e
       where e.county_id = :countyId
         and ((e.enabled and e.id in (
                select responsible_worker_id from client_relationship where child_id = :childId and state = 'ACTIVE'
                union
                select work_pair_id from client_relationship where child_id = :childId and state = 'ACTIVE'
                union
                select m.employee_id from team_membership m
                  join client_relationship r on r.team_id = m.team_id
                 where r.child_id = :childId and r.state = 'ACTIVE'))
              or e.id = cast(:include as uuid))
       order by e.display_name, e.id
      """;

  static final String EMPLOYEE =
      "select id, display_name, title_fi, qualified_social_worker, enabled from employee where id = :id";

  /** Decision columns with the names of the people in them and the decided decision that replaced it. */
  private static final String SELECT_DECISION =
      """
      select d.*,
             rp.reference as replaces_reference,
             rb.id as replaced_by_id, rb.reference as replaced_by_reference,
             cp.display_name as contact_name, cp.title_fi as contact_title,
             dm.display_name as decided_by_name, dm.title_fi as decided_by_title
        from decision d
        left join decision rp on rp.id = d.replaces_id
        left join decision rb on rb.replaces_id = d.id and rb.state <> 'DRAFT'
        left join employee cp on cp.id = d.contact_person_id
        left join employee dm on dm.id = d.decided_by
      """;

  static final String DECISIONS_OF_CHILD =
      SELECT_DECISION
          + " where d.child_id = :childId and d.county_id = :countyId order by d.created_at desc, d.id";

  static final String DECISION = SELECT_DECISION + " where d.id = :id and d.county_id = :countyId";

  /** What an access check needs: the child the decision concerns. Holds no client data. */
  static final String DECISION_CHILD = "select child_id from decision where id = :id and county_id = :countyId";

  static final String LOCK = "select state, version from decision where id = :id for update";

  static final String INSERT =
      """
      insert into decision (id, county_id, child_id, relationship_id, replaces_id, decision_type, measure, language,
                            starts_on, ends_on, estimated_duration, goals, reasons, other_provisions, plan_departure,
                            contact_person_id, contact_details, state, prepared_by, created_at, modified_at)
      values (:id, :countyId, :childId, :relationshipId, :replacesId, :type, :measure, :language,
              :startsOn, :endsOn, :estimatedDuration, :goals, :reasons, :otherProvisions, :planDeparture,
              :contactPersonId, :contactDetails, 'DRAFT', :actorId, :now, :now)
      """;

  static final String UPDATE_DRAFT =
      """
      update decision set decision_type = :type, measure = :measure, language = :language, starts_on = :startsOn,
             ends_on = :endsOn, estimated_duration = :estimatedDuration, goals = :goals, reasons = :reasons,
             other_provisions = :otherProvisions, plan_departure = :planDeparture,
             contact_person_id = :contactPersonId, contact_details = :contactDetails,
             relationship_id = :relationshipId, version = version + 1, modified_at = :now
       where id = :id and state = 'DRAFT' and version = :version
      """;

  static final String NEXT_NUMBER =
      """
      insert into decision_reference_counter (county_id, year, last_number, created_at, modified_at)
      values (:countyId, :year, 1, :now, :now)
      on conflict (county_id, year)
      do update set last_number = decision_reference_counter.last_number + 1, modified_at = :now
      returning last_number
      """;

  static final String DECIDE =
      """
      update decision set state = 'DECIDED', reference = :reference, decided_on = :today, decided_at = :now,
             decided_by = :actorId, version = version + 1, modified_at = :now
       where id = :id and state = 'DRAFT'
      """;

  static final String SEND =
      """
      update decision set state = 'SENT', delivery_channel = :channel, sent_on = :sentOn,
             notification_on = :notifiedOn, appeal_until = :appealUntil, sent_by = :actorId,
             version = version + 1, modified_at = :now
       where id = :id and state = 'DECIDED'
      """;

  static final String HISTORY_INSERT =
      """
      insert into decision_state_history (decision_id, from_state, to_state, actor_id, occurred_at)
      values (:id, :from, :to, :actorId, :now)
      """;

  static final String HISTORY =
      """
      select h.from_state, h.to_state, h.occurred_at, e.display_name
        from decision_state_history h join employee e on e.id = h.actor_id
       where h.decision_id = :id order by h.id
      """;

  static final String CONSENT_INSERT =
      """
      insert into decision_consent (decision_id, person_id, role, measure, given, given_on, method, recorded_by)
      values (:id, :personId, :role, :measure, :given, :givenOn, :method, :actorId)
      """;

  static final String CONSENTS =
      """
      select c.id, c.person_id, c.role, c.measure, c.given, c.given_on, c.method, p.first_name, p.last_name
        from decision_consent c join person p on p.id = c.person_id
       where c.decision_id = :id order by c.id
      """;

  static final String HEARING_INSERT =
      """
      insert into decision_hearing (decision_id, person_id, role, heard, heard_on, method, views, exception_ground,
                                    exception_reason, recorded_by)
      values (:id, :personId, :role, :heard, :heardOn, :method, :views, :exceptionGround, :exceptionReason, :actorId)
      """;

  static final String HEARINGS =
      """
      select h.id, h.person_id, h.role, h.heard, h.heard_on, h.method, h.views, h.exception_ground, h.exception_reason,
             p.first_name, p.last_name
        from decision_hearing h join person p on p.id = h.person_id
       where h.decision_id = :id order by h.id
      """;

  static final String REASSESSMENT_INSERT =
      """
      insert into decision_placement_reassessment (decision_id, reassessed_on, summary, recorded_by)
      values (:id, :reassessedOn, :summary, :actorId)
      """;

  static final String REASSESSMENTS =
      """
      select r.reassessed_on, r.summary, e.display_name
        from decision_placement_reassessment r join employee e on e.id = r.recorded_by
       where r.decision_id = :id order by r.reassessed_on, r.id
      """;

  static final String LAST_REASSESSMENTS_OF_CHILD =
      """
      select r.decision_id, max(r.reassessed_on) as last_on
        from decision_placement_reassessment r join decision d on d.id = r.decision_id
       where d.child_id = :childId
       group by r.decision_id
      """;

  static final String APPEAL_AUTHORITY = "select * from decision_appeal_authority where county_id = :countyId";

  static final RowMapper<DecisionView> VIEW = DecisionQueries::view;

  private static DecisionView view(ResultSet rs, int i) throws SQLException {
    return new DecisionView(
        rs.getObject("id", UUID.class),
        rs.getObject("child_id", UUID.class),
        rs.getObject("relationship_id", UUID.class),
        Optional.ofNullable(rs.getObject("replaces_id", UUID.class)),
        Optional.ofNullable(rs.getString("replaces_reference")),
        Optional.ofNullable(rs.getObject("replaced_by_id", UUID.class)),
        Optional.ofNullable(rs.getString("replaced_by_reference")),
        Optional.ofNullable(rs.getString("reference")),
        DecisionType.valueOf(rs.getString("decision_type")),
        Measure.valueOf(rs.getString("measure")),
        OfficialLanguage.valueOf(rs.getString("language")),
        date(rs, "starts_on"),
        date(rs, "ends_on"),
        Optional.ofNullable(rs.getString("estimated_duration")),
        rs.getString("goals"),
        rs.getString("reasons"),
        rs.getString("other_provisions"),
        Optional.ofNullable(rs.getString("plan_departure")),
        employee(rs, "contact_person_id", "contact_name", "contact_title"),
        rs.getString("contact_details"),
        DecisionState.valueOf(rs.getString("state")),
        date(rs, "decided_on"),
        employee(rs, "decided_by", "decided_by_name", "decided_by_title"),
        Optional.ofNullable(rs.getString("delivery_channel")).map(DeliveryChannel::valueOf),
        date(rs, "sent_on"),
        date(rs, "notification_on"),
        date(rs, "appeal_until"),
        rs.getInt("version"));
  }

  static final RowMapper<DecisionView.Employee> EMPLOYEE_ROW =
      (rs, i) ->
          new DecisionView.Employee(
              rs.getObject("id", UUID.class), rs.getString("display_name"), blankToEmpty(rs.getString("title_fi")));

  static final RowMapper<Party> GUARDIAN_ROW =
      (rs, i) ->
          new Party(
              rs.getObject("id", UUID.class),
              name(rs.getString("first_name"), rs.getString("last_name")),
              PartyRole.GUARDIAN,
              date(rs, "birth_date"));

  static final RowMapper<DecisionView.Consent> CONSENT_ROW =
      (rs, i) ->
          new DecisionView.Consent(
              rs.getLong("id"),
              rs.getObject("person_id", UUID.class),
              name(rs.getString("first_name"), rs.getString("last_name")),
              PartyRole.valueOf(rs.getString("role")),
              Measure.valueOf(rs.getString("measure")),
              rs.getBoolean("given"),
              rs.getObject("given_on", LocalDate.class),
              ContactMethod.valueOf(rs.getString("method")));

  static final RowMapper<DecisionView.Hearing> HEARING_ROW =
      (rs, i) ->
          new DecisionView.Hearing(
              rs.getLong("id"),
              rs.getObject("person_id", UUID.class),
              name(rs.getString("first_name"), rs.getString("last_name")),
              PartyRole.valueOf(rs.getString("role")),
              rs.getBoolean("heard"),
              date(rs, "heard_on"),
              Optional.ofNullable(rs.getString("method")).map(ContactMethod::valueOf),
              Optional.ofNullable(rs.getString("views")),
              Optional.ofNullable(rs.getString("exception_ground")).map(HearingRules.ExceptionGround::valueOf),
              Optional.ofNullable(rs.getString("exception_reason")));

  static final RowMapper<DecisionView.StateChange> HISTORY_ROW =
      (rs, i) ->
          new DecisionView.StateChange(
              Optional.ofNullable(rs.getString("from_state")).map(DecisionState::valueOf),
              DecisionState.valueOf(rs.getString("to_state")),
              rs.getTimestamp("occurred_at").toInstant(),
              rs.getString("display_name"));

  static final RowMapper<DecisionView.Reassessment> REASSESSMENT_ROW =
      (rs, i) ->
          new DecisionView.Reassessment(
              rs.getObject("reassessed_on", LocalDate.class), rs.getString("summary"), rs.getString("display_name"));

  static final RowMapper<AppealAuthority> AUTHORITY_ROW =
      (rs, i) ->
          new AppealAuthority(
              rs.getString("correction_body_fi"),
              rs.getString("correction_body_sv"),
              Optional.ofNullable(rs.getString("correction_address")),
              Optional.ofNullable(rs.getString("correction_email")),
              rs.getString("court_fi"),
              rs.getString("court_sv"),
              rs.getString("court_address"),
              Optional.ofNullable(rs.getString("court_email")));

  static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  private static Optional<DecisionView.Employee> employee(ResultSet rs, String id, String name, String title)
      throws SQLException {
    UUID employeeId = rs.getObject(id, UUID.class);
    return employeeId == null
        ? Optional.empty()
        : Optional.of(new DecisionView.Employee(employeeId, rs.getString(name), blankToEmpty(rs.getString(title))));
  }

  static String name(String first, String last) {
    return (blankToEmpty(first) + " " + blankToEmpty(last)).trim();
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
