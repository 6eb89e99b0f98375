package fi.verso.intake;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.intake.IntakeSubmission.ChildDetails;
import fi.verso.intake.IntakeSubmission.Prenatal;
import fi.verso.intake.IntakeSubmission.Reporter;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.TestClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds the data intake tests need: their own teams and employees (so that one test's queue is not another's),
 * and matters received through {@link Intake#receive} at a time the test chooses.
 */
final class IntakeFixtures {
  private final JdbcTemplate jdbc;
  private final Intake intake;
  private final TestClock clock;
  private final UserDetailsService users;
  private final UUID countyId;

  IntakeFixtures(JdbcTemplate jdbc, Intake intake, TestClock clock, UserDetailsService users, Organisation organisation) {
    this.jdbc = jdbc;
    this.intake = intake;
    this.clock = clock;
    this.users = users;
    this.countyId = organisation.currentCounty().id();
  }

  static ZonedDateTime helsinki(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HelsinkiTime.ZONE);
  }

  /** A unique word, so that names in one test never suggest links to another test's matters. */
  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
  }

  UUID newTeam() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into team (id, county_id, kind, name_fi, name_sv, name_en) values (?, ?, 'INTAKE', ?, ?, ?)",
        id, countyId, "Testitiimi", "Testteam", "Test team");
    return id;
  }

  /** An employee in the team; loaded through the real directory, as sign-in would. */
  EmployeePrincipal newEmployee(UUID team, TeamRole teamRole, boolean qualified, Role... roles) {
    UUID id = UUID.randomUUID();
    String username = "test-" + id;
    String roleArray = "{" + Arrays.stream(roles).map(Enum::name).collect(Collectors.joining(",")) + "}";
    jdbc.update(
        """
        insert into employee (id, county_id, username, password_hash, display_name, roles, qualified_social_worker)
        values (?, ?, ?, 'not-used', ?, cast(? as text[]), ?)
        """,
        id, countyId, username, "Testi " + unique("Työntekijä"), roleArray, qualified);
    if (team != null) {
      jdbc.update(
          "insert into team_membership (team_id, employee_id, team_role) values (?, ?, ?)", team, id, teamRole.name());
    }
    return principal(username);
  }

  EmployeePrincipal principal(String username) {
    return (EmployeePrincipal) users.loadUserByUsername(username);
  }

  static UUID id(EmployeePrincipal p) {
    return p.actor().id();
  }

  /** A private person's child welfare notification, sent electronically at {@code at}. */
  UUID notification(ZonedDateTime at, String childFirstName, String childLastName, LocalDate birthDate) {
    return receive(
        at,
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION,
            Channel.ELECTRONIC,
            null,
            new Reporter(ReporterType.PRIVATE_PERSON, false, "Reija Naapuri", null, null, null, "040 123 4567", null, null),
            new ChildDetails(childFirstName, childLastName, null, birthDate, null, null, null, "Äiti ja isä"),
            null,
            null,
            // Each matter's own words: identical content within a day would be taken for a resent form.
            "Lapsi on ollut usein yksin kotona myöhään illalla. " + unique("Ilmoitus"),
            Knowledge.NO,
            Knowledge.UNKNOWN));
  }

  UUID anonymousNotification(ZonedDateTime at, String childFirstName) {
    return receive(
        at,
        new IntakeSubmission(
            MatterKind.CHILD_WELFARE_NOTIFICATION,
            Channel.ELECTRONIC,
            null,
            new Reporter(ReporterType.PRIVATE_PERSON, true, null, null, null, null, null, null, null),
            new ChildDetails(childFirstName, null, null, null, 8, null, null, null),
            null,
            null,
            "Huoli lapsen jaksamisesta. " + unique("Ilmoitus"),
            Knowledge.UNKNOWN,
            Knowledge.UNKNOWN));
  }

  UUID prenatal(ZonedDateTime at) {
    return receive(
        at,
        new IntakeSubmission(
            MatterKind.PRENATAL_NOTIFICATION,
            Channel.ELECTRONIC,
            null,
            new Reporter(
                ReporterType.MANDATED_REPORTER, false, "Kaija Kätilö", "Kätilö",
                MandatedReporterOrganisation.HEALTH_CARE, "Äitiysneuvola", "040 765 4321", null, null),
            null,
            new Prenatal("Odottava äiti, 19 v.", at.toLocalDate().plusMonths(2)),
            null,
            "Odottava äiti tarvitsee tukea heti lapsen synnyttyä. " + unique("Ilmoitus"),
            null,
            null));
  }

  private UUID receive(ZonedDateTime at, IntakeSubmission submission) {
    clock.set(at);
    Intake.Outcome outcome = intake.receive(submission, UUID.randomUUID(), Actor.ANONYMOUS);
    if (outcome instanceof Intake.Outcome.Received received) {
      return received.matter().id();
    }
    throw new IllegalStateException("Test matter refused: " + outcome);
  }

  /** Gives a matter to the test's own team, as routing by municipality would. */
  void moveToTeam(UUID matter, UUID team) {
    jdbc.update("update intake_matter set team_id = ? where id = ?", team, matter);
  }

  String reference(UUID matter) {
    return jdbc.queryForObject("select reference from intake_matter where id = ?", String.class, matter);
  }

  Map<String, Object> matterRow(UUID matter) {
    return jdbc.queryForMap("select * from intake_matter where id = ?", matter);
  }

  /** The access-log rows an employee caused, oldest first, as "ACTION OUTCOME target_type target_id". */
  List<String> accessLog(EmployeePrincipal p) {
    return jdbc.query(
        "select action, outcome, target_type, target_id from access_log where actor_employee_id = ? order by id",
        (rs, i) ->
            rs.getString("action") + " " + rs.getString("outcome") + " " + rs.getString("target_type") + " "
                + rs.getString("target_id"),
        id(p));
  }

  List<String> events(UUID matter) {
    return jdbc.query(
        "select event, from_state, to_state from intake_matter_event where matter_id = ? order by occurred_at, id",
        (rs, i) -> rs.getString("event") + " " + rs.getString("from_state") + " " + rs.getString("to_state"),
        matter);
  }

  /** The table row of the queue or link table that shows this reference. */
  static String row(String html, String reference) {
    int at = html.indexOf(">" + reference + "<");
    if (at < 0) {
      throw new AssertionError("No row for " + reference);
    }
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
  }
}
