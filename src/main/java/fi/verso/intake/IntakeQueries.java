package fi.verso.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class IntakeQueries {
  private IntakeQueries() {}

  /** The intake team serving the municipality, else the county's default intake team. */
  static final String ROUTE =
      """
      select id from (
        select t.id, 0 as priority from team t
          join team_municipality tm on tm.team_id = t.id
         where t.county_id = :countyId and t.kind = 'INTAKE' and tm.municipality_code = :municipality
        union all
        select t.id, 1 from team t where t.county_id = :countyId and t.default_intake
      ) candidates order by priority limit 1
      """;

  static final String NEXT_REFERENCE = "select nextval('intake_reference_seq')";

  static final String INSERT =
      """
      insert into intake_matter (
        id, county_id, reference, kind, channel, received_at, registered_by, team_id, state,
        assessment_start_due, assessment_completion_due, submission_key, receipt_token,
        reporter_type, reporter_anonymous, reporter_name, reporter_profession, reporter_organisation_type,
        reporter_organisation_name, reporter_phone, reporter_email, police_notified,
        child_first_name, child_last_name, child_personal_identity_code, child_birth_date, child_age,
        child_address, child_municipality_code, guardians_text, child_knows, guardians_know,
        expectant_parents_text, expected_birth_date, contact_basis, without_consent_reason, concern,
        content_fingerprint, child_id)
      values (
        :id, :countyId, :reference, :kind, :channel, :receivedAt, :registeredBy, :teamId, 'RECEIVED',
        :startDue, :completionDue, :submissionKey, :receiptToken,
        :reporterType, :anonymous, :reporterName, :profession, :organisationType,
        :organisationName, :phone, :email, :policeNotified,
        :childFirstName, :childLastName, :childPic, :childBirthDate, :childAge,
        :childAddress, :childMunicipality, :guardians, :childKnows, :guardiansKnow,
        :expectantParents, :expectedBirthDate, :contactBasis, :withoutConsentReason, :concern,
        :fingerprint, :childId)
      on conflict (submission_key) do nothing
      """;

  static final String INSERT_EVENT =
      """
      insert into intake_matter_event (matter_id, occurred_at, employee_id, event, from_state, to_state)
      values (:matterId, :occurredAt, :employeeId, :event, :fromState, :toState)
      """;

  static final String RECEIVED_COLUMNS =
      "id, reference, kind, received_at, assessment_start_due, assessment_completion_due, receipt_token";

  static final String RECEIVED_BY_SUBMISSION_KEY =
      "select " + RECEIVED_COLUMNS + " from intake_matter where submission_key = :submissionKey";

  static final String RECEIVED_BY_FINGERPRINT =
      "select " + RECEIVED_COLUMNS + " from intake_matter where county_id = :countyId"
          + " and content_fingerprint = :fingerprint and received_at > :since order by received_at limit 1";

  static final String RECEIVED_BY_RECEIPT_TOKEN =
      "select " + RECEIVED_COLUMNS + " from intake_matter where receipt_token = :token";

  static final String RECEIVED_BY_ID =
      "select " + RECEIVED_COLUMNS + " from intake_matter where id = :id and county_id = :countyId";

  static final String MUNICIPALITY_IN_COUNTY =
      "select count(*) from municipality where code = :code and county_id = :countyId";

  static final RowMapper<ReceivedMatter> RECEIVED = IntakeQueries::received;

  private static ReceivedMatter received(ResultSet rs, int i) throws SQLException {
    return new ReceivedMatter(
        rs.getObject("id", UUID.class),
        rs.getString("reference"),
        MatterKind.valueOf(rs.getString("kind")),
        rs.getTimestamp("received_at").toInstant(),
        rs.getObject("assessment_start_due", java.time.LocalDate.class),
        rs.getObject("assessment_completion_due", java.time.LocalDate.class),
        rs.getString("receipt_token"));
  }
}
