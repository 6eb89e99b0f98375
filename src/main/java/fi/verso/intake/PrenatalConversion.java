package fi.verso.intake;

import fi.verso.person.People;
import fi.verso.person.PersonalIdentityCode;

import fi.verso.calendar.StatutoryDeadlines;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the birth, a prenatal notification (LSL 25 c §) becomes the child's matter: a new child welfare
 * notification about the born child, carrying over who reported and the concern, confirmed-linked to the
 * prenatal one, which is closed as CONVERTED.
 */
@Component
class PrenatalConversion {

  private final NamedParameterJdbcTemplate jdbc;
  private final StatutoryDeadlines deadlines;
  private final MatterLinking linking;
  private final People people;

  PrenatalConversion(
      NamedParameterJdbcTemplate jdbc, StatutoryDeadlines deadlines, MatterLinking linking, People people) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.linking = linking;
    this.people = people;
  }

  record BornChild(String firstName, String lastName, String personalIdentityCode, LocalDate birthDate) {}

  /**
   * Creates the child's matter and returns its id; the caller has locked the prenatal matter, checked that
   * it may move to CONVERTED, and writes the events and the access log.
   *
   * <p>The child's matter counts as received at the conversion, not when the prenatal notification arrived:
   * before the birth there is no child, so no child welfare matter and no 7-working-day clock can have started
   * (LSL 25 c §: the prenatal notification concerns the expectant parent, and no client relationship begins
   * before the birth). The child's matter starts when the worker, learning of the birth, turns it into one;
   * the prenatal notification's own date stays visible through the link.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  UUID convert(UUID prenatalId, BornChild child, UUID employeeId, Instant now) {
    UUID id = UUID.randomUUID();
    String reference = MatterNumbers.nextReference(jdbc.getJdbcTemplate(), now);
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("prenatalId", prenatalId)
            .addValue("reference", reference)
            .addValue("receivedAt", Timestamp.from(now))
            .addValue("registeredBy", employeeId)
            .addValue("startDue", deadlines.assessmentStartDue(now))
            .addValue("completionDue", deadlines.assessmentCompletionDue(now))
            .addValue("submissionKey", UUID.randomUUID())
            .addValue("receiptToken", MatterNumbers.receiptToken())
            .addValue("firstName", trim(child.firstName()))
            .addValue("lastName", trim(child.lastName()))
            .addValue("pic", child.personalIdentityCode() == null || child.personalIdentityCode().isBlank()
                ? null
                : child.personalIdentityCode().trim().toUpperCase(Locale.ROOT))
            .addValue("birthDate", child.birthDate());
    int created = jdbc.update(INSERT_CHILD_MATTER, p);
    if (created != 1) {
      throw new IllegalStateException("Prenatal matter to convert not found");
    }
    jdbc.update(
        INSERT_CONVERSION_LINK,
        new MapSqlParameterSource()
            .addValue("id", id)
            .addValue("prenatalId", prenatalId)
            .addValue("decidedBy", employeeId)
            .addValue("now", Timestamp.from(now)));
    identifyChild(id, child);
    // Other matters about the same child (by henkilötunnus, or suggested by name and birth date).
    linking.linkNewMatter(id);
    return id;
  }

  /**
   * The reporter and the concern come from the prenatal notification, the expectant parents become the
   * guardians as far as known; the same team keeps the matter.
   */
  private static final String INSERT_CHILD_MATTER =
      """
      insert into intake_matter (
        id, county_id, reference, kind, channel, received_at, registered_by, team_id, state,
        assessment_start_due, assessment_completion_due, submission_key, receipt_token,
        reporter_type, reporter_anonymous, reporter_name, reporter_profession, reporter_organisation_type,
        reporter_organisation_name, reporter_phone, reporter_email, police_notified,
        child_first_name, child_last_name, child_personal_identity_code, child_birth_date,
        guardians_text, concern)
      select :id, p.county_id, :reference, 'CHILD_WELFARE_NOTIFICATION', p.channel, :receivedAt, :registeredBy,
             p.team_id, 'RECEIVED', :startDue, :completionDue, :submissionKey, :receiptToken,
             p.reporter_type, p.reporter_anonymous, p.reporter_name, p.reporter_profession,
             p.reporter_organisation_type, p.reporter_organisation_name, p.reporter_phone, p.reporter_email,
             p.police_notified,
             :firstName, :lastName, :pic, :birthDate,
             p.expectant_parents_text, p.concern
        from intake_matter p
       where p.id = :prenatalId and p.kind = 'PRENATAL_NOTIFICATION'
      """;

  private static final String INSERT_CONVERSION_LINK =
      """
      insert into intake_matter_link (matter_id, other_matter_id, status, basis, decided_by, decided_at)
      values (:id, :prenatalId, 'CONFIRMED', 'PRENATAL_CONVERSION', :decidedBy, :now)
      """;

  /** With a henkilötunnus the born child is identified through the population register, as on receipt. */
  private void identifyChild(UUID matterId, BornChild child) {
    String pic = trim(child.personalIdentityCode());
    if (pic != null && PersonalIdentityCode.parse(pic) instanceof PersonalIdentityCode.Valid valid) {
      MapSqlParameterSource p = new MapSqlParameterSource("id", matterId);
      UUID countyId = jdbc.queryForObject("select county_id from intake_matter where id = :id", p, UUID.class);
      UUID childId = people.identify(countyId, valid.code(), child.firstName(), child.lastName());
      jdbc.update("update intake_matter set child_id = :childId where id = :id", p.addValue("childId", childId));
    }
  }


  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
