package fi.verso.intake;

import fi.verso.calendar.ClockStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** SQL of the intake workers' side: the queue, the matter page and what workers record on it. */
final class IntakeWorkQueries {
  private IntakeWorkQueries() {}

  /**
   * The queue of the actor's teams, in one query: matters whose urgency is not yet assessed first, then by
   * the assessment-start due date. Served by intake_matter_team_open_idx (team_id, state, assessment_start_due).
   */
  static final String QUEUE =
      """
      select m.id, m.reference, m.kind, m.channel, m.received_at, m.state, m.assessment_start_due,
             m.child_first_name, m.child_last_name, m.child_id,
             u.urgent, d.decided_on
        from intake_matter m
        left join intake_urgency_assessment u on u.matter_id = m.id
        left join intake_assessment_decision d on d.matter_id = m.id
       where m.team_id = any(:teamIds)
         and m.state in (:states)
         and (cast(:kind as text) is null or m.kind = cast(:kind as text))
       order by (u.matter_id is null) desc, m.assessment_start_due, m.received_at, m.reference
       limit :limit
      """;

  /** What access control needs to know before anything else is read: the owning team and the child. */
  static final String ACCESS =
      "select team_id, child_id from intake_matter where id = :id and county_id = :countyId";

  static final String MATTER =
      """
      select m.id, m.reference, m.kind, m.channel, m.state, m.received_at, m.team_id,
             m.assessment_start_due, m.assessment_completion_due, m.child_id,
             reg.display_name as registered_by_name,
             t.name_fi as team_name_fi, t.name_sv as team_name_sv, t.name_en as team_name_en,
             m.reporter_type, m.reporter_anonymous, m.reporter_name, m.reporter_profession,
             m.reporter_organisation_type, m.reporter_organisation_name, m.reporter_phone, m.reporter_email,
             m.police_notified,
             m.child_first_name, m.child_last_name, m.child_personal_identity_code, m.child_birth_date,
             m.child_age, m.child_address, m.child_municipality_code,
             mu.name_fi as municipality_name_fi, mu.name_sv as municipality_name_sv,
             m.guardians_text, m.child_knows, m.guardians_know,
             m.expectant_parents_text, m.expected_birth_date, m.contact_basis, m.without_consent_reason,
             m.concern,
             u.matter_id as urgency_matter_id, u.urgent, u.measures, u.assessed_at,
             ua.display_name as assessed_by_name,
             d.matter_id as decision_matter_id, d.decision, d.not_start_reason, d.reason_text,
             d.transfer_county, d.delay_reason, d.decided_at, d.decided_on,
             dw.display_name as assigned_worker_name, db.display_name as decided_by_name
        from intake_matter m
        join team t on t.id = m.team_id
        left join employee reg on reg.id = m.registered_by
        left join municipality mu on mu.code = m.child_municipality_code
        left join intake_urgency_assessment u on u.matter_id = m.id
        left join employee ua on ua.id = u.assessed_by
        left join intake_assessment_decision d on d.matter_id = m.id
        left join employee dw on dw.id = d.assigned_worker_id
        left join employee db on db.id = d.decided_by
       where m.id = :id and m.county_id = :countyId
      """;

  static final String EVENTS =
      """
      select ev.occurred_at, ev.event, ev.from_state, ev.to_state, e.display_name
        from intake_matter_event ev
        left join employee e on e.id = ev.employee_id
       where ev.matter_id = :id
       order by ev.occurred_at, ev.id
      """;

  /** Links are stored once per pair, from the newer matter: read them from both ends. */
  static final String LINKS =
      """
      select o.id, o.reference, o.kind, o.received_at, o.state, l.status, l.basis, l.decided_at,
             e.display_name as decided_by_name
        from intake_matter_link l
        join intake_matter o on o.id = case when l.matter_id = :id then l.other_matter_id else l.matter_id end
        left join employee e on e.id = l.decided_by
       where l.matter_id = :id or l.other_matter_id = :id
       order by o.received_at desc, o.reference
      """;

  static final String NOTICES =
      """
      select n.language, n.recipient, n.body, n.sent_on, e.display_name
        from intake_notice n
        join employee e on e.id = n.recorded_by
       where n.matter_id = :id
       order by n.sent_on, n.created_at
      """;

  /** Who may be assigned a service need assessment: qualified social workers of the team (LSL 13 b §). */
  static final String ELIGIBLE_WORKERS =
      """
      select e.id, e.display_name
        from team_membership tm
        join employee e on e.id = tm.employee_id
       where tm.team_id = :teamId
         and e.enabled
         and e.qualified_social_worker
         and 'SOCIAL_WORKER' = any(e.roles)
       order by e.display_name, e.id
      """;

  /** The matter locked for a change, so that two workers cannot decide it at the same moment. */
  static final String LOCK =
      """
      select kind, state, received_at, assessment_start_due, team_id
        from intake_matter where id = :id and county_id = :countyId for update
      """;

  /** What the assessment module needs to know when an assessment starts. */
  static final String STARTED_CHILD =
      """
      select county_id, team_id, child_id, child_first_name, child_last_name, child_birth_date,
             child_municipality_code, assessment_completion_due
        from intake_matter where id = :id
      """;

  static final String URGENCY_ASSESSED =
      "select exists (select 1 from intake_urgency_assessment where matter_id = :id)";

  static final String INSERT_URGENCY =
      """
      insert into intake_urgency_assessment (matter_id, urgent, measures, assessed_by, assessed_at)
      values (:matterId, :urgent, :measures, :assessedBy, :assessedAt)
      on conflict (matter_id) do nothing
      """;

  static final String INSERT_DECISION =
      """
      insert into intake_assessment_decision (matter_id, decision, assigned_worker_id, not_start_reason,
                                              reason_text, transfer_county, delay_reason, decided_by,
                                              decided_at, decided_on)
      values (:matterId, :decision, :assignedWorkerId, :notStartReason, :reasonText, :transferCounty,
              :delayReason, :decidedBy, :decidedAt, :decidedOn)
      """;

  static final String MOVE =
      """
      update intake_matter set state = :to, modified_at = :now
       where id = :id and state = :from
      """;

  static final String INSERT_NOTICE =
      """
      insert into intake_notice (id, matter_id, language, recipient, body, sent_on, recorded_by)
      values (:id, :matterId, :language, :recipient, :body, :sentOn, :recordedBy)
      """;

  static final String DECIDE_LINK =
      """
      update intake_matter_link
         set status = :status, decided_by = :decidedBy, decided_at = :now, modified_at = :now
       where status = 'SUGGESTED'
         and ((matter_id = :id and other_matter_id = :other) or (matter_id = :other and other_matter_id = :id))
      """;

  record Locked(MatterKind kind, MatterState state, Instant receivedAt, LocalDate assessmentStartDue, UUID teamId) {}

  static final RowMapper<Locked> LOCKED =
      (rs, i) ->
          new Locked(
              MatterKind.valueOf(rs.getString("kind")),
              MatterState.valueOf(rs.getString("state")),
              instant(rs, "received_at"),
              rs.getObject("assessment_start_due", LocalDate.class),
              rs.getObject("team_id", UUID.class));

  /** A queue row; the clock status is filled in by the caller, which knows today. */
  static QueueRow queueRow(ResultSet rs, Optional<ClockStatus> status) throws SQLException {
    return new QueueRow(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        MatterKind.valueOf(rs.getString("kind")),
        Channel.valueOf(rs.getString("channel")),
        instant(rs, "received_at"),
        MatterState.valueOf(rs.getString("state")),
        rs.getObject("assessment_start_due", LocalDate.class),
        rs.getString("child_first_name"),
        rs.getString("child_last_name"),
        Optional.ofNullable((Boolean) rs.getObject("urgent")),
        Optional.ofNullable(rs.getObject("decided_on", LocalDate.class)),
        status);
  }

  static MatterView.Summary summary(ResultSet rs) throws SQLException {
    return new MatterView.Summary(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        MatterKind.valueOf(rs.getString("kind")),
        Channel.valueOf(rs.getString("channel")),
        MatterState.valueOf(rs.getString("state")),
        instant(rs, "received_at"),
        Optional.ofNullable(rs.getString("registered_by_name")),
        rs.getObject("team_id", UUID.class),
        rs.getString("team_name_fi"),
        rs.getString("team_name_sv"),
        rs.getString("team_name_en"),
        rs.getObject("assessment_start_due", LocalDate.class),
        rs.getObject("assessment_completion_due", LocalDate.class),
        Optional.ofNullable(rs.getObject("child_id", UUID.class)));
  }

  static MatterView.Reporter reporter(ResultSet rs) throws SQLException {
    return new MatterView.Reporter(
        ReporterType.valueOf(rs.getString("reporter_type")),
        rs.getBoolean("reporter_anonymous"),
        rs.getString("reporter_name"),
        rs.getString("reporter_profession"),
        enumOrNull(MandatedReporterOrganisation.class, rs.getString("reporter_organisation_type")),
        rs.getString("reporter_organisation_name"),
        rs.getString("reporter_phone"),
        rs.getString("reporter_email"),
        enumOrNull(PoliceNotification.class, rs.getString("police_notified")));
  }

  static MatterView.Child child(ResultSet rs) throws SQLException {
    return new MatterView.Child(
        rs.getString("child_first_name"),
        rs.getString("child_last_name"),
        rs.getString("child_personal_identity_code"),
        rs.getObject("child_birth_date", LocalDate.class),
        (Integer) rs.getObject("child_age"),
        rs.getString("child_address"),
        rs.getString("child_municipality_code"),
        rs.getString("municipality_name_fi"),
        rs.getString("municipality_name_sv"),
        rs.getString("guardians_text"),
        enumOrNull(Knowledge.class, rs.getString("child_knows")),
        enumOrNull(Knowledge.class, rs.getString("guardians_know")));
  }

  static Optional<MatterView.Urgency> urgency(ResultSet rs) throws SQLException {
    if (rs.getObject("urgency_matter_id") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MatterView.Urgency(
            rs.getBoolean("urgent"), rs.getString("measures"), rs.getString("assessed_by_name"), instant(rs, "assessed_at")));
  }

  static Optional<MatterView.Decision> decision(ResultSet rs) throws SQLException {
    if (rs.getObject("decision_matter_id") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MatterView.Decision(
            AssessmentDecision.valueOf(rs.getString("decision")),
            Optional.ofNullable(rs.getString("assigned_worker_name")),
            enumOrNull(NotStartReason.class, rs.getString("not_start_reason")),
            rs.getString("reason_text"),
            rs.getString("transfer_county"),
            rs.getString("delay_reason"),
            rs.getString("decided_by_name"),
            instant(rs, "decided_at"),
            rs.getObject("decided_on", LocalDate.class)));
  }

  static final RowMapper<MatterView.Event> EVENT =
      (rs, i) ->
          new MatterView.Event(
              instant(rs, "occurred_at"),
              Optional.ofNullable(rs.getString("display_name")),
              rs.getString("event"),
              enumOrNull(MatterState.class, rs.getString("from_state")),
              enumOrNull(MatterState.class, rs.getString("to_state")));

  static final RowMapper<MatterView.Link> LINK =
      (rs, i) ->
          new MatterView.Link(
              rs.getObject("id", UUID.class),
              rs.getString("reference"),
              MatterKind.valueOf(rs.getString("kind")),
              instant(rs, "received_at"),
              MatterState.valueOf(rs.getString("state")),
              rs.getString("status"),
              rs.getString("basis"),
              Optional.ofNullable(rs.getString("decided_by_name")),
              instant(rs, "decided_at"));

  static final RowMapper<MatterView.Notice> NOTICE =
      (rs, i) ->
          new MatterView.Notice(
              NoticeLanguage.valueOf(rs.getString("language").toUpperCase(java.util.Locale.ROOT)),
              rs.getString("recipient"),
              rs.getString("body"),
              rs.getObject("sent_on", LocalDate.class),
              rs.getString("display_name"));

  static final RowMapper<MatterView.Worker> WORKER =
      (rs, i) -> new MatterView.Worker(rs.getObject("id", UUID.class), rs.getString("display_name"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
