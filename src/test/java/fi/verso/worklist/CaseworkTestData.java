package fi.verso.worklist;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Children, workers, teams, client relationships and service need assessments as plain rows, for the tests of
 * plans, case notes and worklists (the client and assessment modules' own facades are built elsewhere). Every
 * name is unique, so tests sharing one database do not see each other's data by accident.
 */
public final class CaseworkTestData {
  private final JdbcTemplate jdbc;
  private final UUID countyId;

  public CaseworkTestData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.countyId = jdbc.queryForObject("select county_id from employee where username = 'social.worker'", UUID.class);
  }

  public UUID countyId() {
    return countyId;
  }

  public UUID employeeId(String username) {
    return jdbc.queryForObject("select id from employee where username = ?", UUID.class, username);
  }

  /** A new employee with the given global roles; sign in with {@code loadUserByUsername(username)}. */
  public String worker(String displayName, String... roles) {
    String username = "test." + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update(
        """
        insert into employee (id, county_id, username, password_hash, display_name, roles, qualified_social_worker)
        values (?, ?, ?, 'not-a-hash', ?, ?::text[], true)
        """,
        UUID.randomUUID(),
        countyId,
        username,
        displayName,
        "{" + String.join(",", roles) + "}");
    return username;
  }

  public UUID team(String name) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into team (id, county_id, kind, name_fi, name_sv, name_en) values (?, ?, 'CHILD_WELFARE', ?, ?, ?)",
        id, countyId, name, name, name);
    return id;
  }

  public void member(UUID team, String username, String role) {
    jdbc.update(
        "insert into team_membership (team_id, employee_id, team_role) values (?, ?, ?)",
        team, employeeId(username), role);
  }

  public UUID child(String firstName, String lastName) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into person (id, county_id, first_name, last_name, birth_date, source)
        values (?, ?, ?, ?, ?, 'REPORTED')
        """,
        id, countyId, firstName, lastName, LocalDate.of(2015, 5, 14));
    return id;
  }

  /** An active client relationship: child welfare (LSL 27 §) or special support (SHL 34 §). */
  public UUID relationship(UUID child, UUID team, String kind, String responsible, String workPair) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into client_relationship (id, county_id, child_id, team_id, kind, started_on, basis,
                                         responsible_worker_id, work_pair_id, state)
        values (?, ?, ?, ?, ?, ?, 'test', ?, ?, 'ACTIVE')
        """,
        id, countyId, child, team, kind, LocalDate.of(2025, 1, 10), employeeId(responsible),
        workPair == null ? null : employeeId(workPair));
    return id;
  }

  /** An open service need assessment (with the intake matter it started from), due to be completed on {@code due}. */
  public UUID openAssessment(UUID child, UUID team, String assignedWorker, LocalDate due) {
    UUID matter = UUID.randomUUID();
    jdbc.update(
        """
        insert into intake_matter (id, county_id, reference, kind, channel, received_at, team_id, state,
                                   assessment_start_due, assessment_completion_due, submission_key, receipt_token,
                                   reporter_type, reporter_anonymous, concern, child_id)
        values (?, ?, ?, 'CHILD_WELFARE_NOTIFICATION', 'PHONE', ?, ?, 'ASSESSMENT_STARTED', ?, ?, ?, ?,
                'PRIVATE_PERSON', true, 'test', ?)
        """,
        matter, countyId, "T-" + matter, Timestamp.from(Instant.parse("2025-01-01T10:00:00Z")), team,
        due.minusMonths(3).plusDays(9), due, UUID.randomUUID(), matter.toString(), child);
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into service_need_assessment (id, county_id, matter_id, child_id, team_id, assigned_worker_id,
                                             started_on, completion_due, state)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
        """,
        id, countyId, matter, child, team, employeeId(assignedWorker), due.minusMonths(3).plusDays(5), due);
    return id;
  }
}
