package fi.verso.service;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The data service tests need, each test its own: a team, employees loaded through the real directory, children,
 * and client relationships inserted as plain rows (the client module that will create them lands separately).
 */
final class ServiceFixtures {
  private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  private final JdbcTemplate jdbc;
  private final UserDetailsService users;
  final UUID countyId;

  ServiceFixtures(JdbcTemplate jdbc, UserDetailsService users, Organisation organisation) {
    this.jdbc = jdbc;
    this.users = users;
    this.countyId = organisation.currentCounty().id();
  }

  static ZonedDateTime helsinki(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HelsinkiTime.ZONE);
  }

  /** A word no other test uses, so that one test's rows never show up in another's assertions. */
  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
  }

  UUID newTeam() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into team (id, county_id, kind, name_fi, name_sv, name_en) values (?, ?, 'CHILD_WELFARE', ?, ?, ?)",
        id, countyId, "Lastensuojelu (testi)", "Barnskydd (test)", "Child welfare (test)");
    return id;
  }

  EmployeePrincipal newEmployee(UUID team, TeamRole teamRole, Role... roles) {
    UUID id = UUID.randomUUID();
    String username = "test-" + id;
    String roleArray = "{" + Arrays.stream(roles).map(Enum::name).collect(Collectors.joining(",")) + "}";
    jdbc.update(
        """
        insert into employee (id, county_id, username, password_hash, display_name, roles, qualified_social_worker)
        values (?, ?, ?, 'not-used', ?, cast(? as text[]), ?)
        """,
        id, countyId, username, unique("Testi "), roleArray, List.of(roles).contains(Role.SOCIAL_WORKER));
    if (team != null) {
      jdbc.update("insert into team_membership (team_id, employee_id, team_role) values (?, ?, ?)", team, id, teamRole.name());
    }
    return principal(username);
  }

  EmployeePrincipal principal(String username) {
    return (EmployeePrincipal) users.loadUserByUsername(username);
  }

  static UUID id(EmployeePrincipal p) {
    return p.actor().id();
  }

  /** A child known to the county, speaking {@code language} and living in {@code municipality} (either may be null). */
  UUID newChild(String firstName, String language, String municipality) {
    return newPerson(firstName, LocalDate.of(2014, 5, 17), language, municipality, null);
  }

  UUID newPerson(String firstName, LocalDate birthDate, String language, String municipality, String code) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into person (id, county_id, first_name, last_name, personal_identity_code, birth_date, municipality_code,
                            language, source)
        values (?, ?, ?, 'Testinen', ?, ?, ?, ?, 'REPORTED')
        """,
        id, countyId, firstName, code, birthDate, municipality, language);
    return id;
  }

  /** A valid temporary henkilötunnus (individual number 900-999) of someone born in the 2000s. */
  static String temporaryCode(LocalDate birthDate) {
    int individual = 900 + ThreadLocalRandom.current().nextInt(100);
    String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
    long number = Long.parseLong(date + individual);
    return date + "A" + individual + CHECK.charAt((int) (number % 31));
  }

  UUID relationship(UUID child, UUID team, String kind, EmployeePrincipal responsible, EmployeePrincipal workPair) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into client_relationship (id, county_id, child_id, team_id, kind, started_on, basis, responsible_worker_id,
                                         work_pair_id, state)
        values (?, ?, ?, ?, ?, ?, 'Testiperuste', ?, ?, 'ACTIVE')
        """,
        id, countyId, child, team, kind, LocalDate.of(2026, 1, 5), id(responsible), workPair == null ? null : id(workPair));
    return id;
  }

  List<String> municipalities() {
    return jdbc.queryForList("select code from municipality where county_id = ? order by code", String.class, countyId);
  }

  /** The access-log rows an employee caused, oldest first, as "ACTION OUTCOME target_type clients". */
  List<String> accessLog(EmployeePrincipal p) {
    return jdbc.query(
        "select action, outcome, target_type, client_ids from access_log where actor_employee_id = ? order by id",
        (rs, i) -> {
          UUID[] clients = (UUID[]) rs.getArray("client_ids").getArray();
          return rs.getString("action") + " " + rs.getString("outcome") + " " + rs.getString("target_type") + " "
              + Arrays.stream(clients).map(UUID::toString).sorted().collect(Collectors.joining(","));
        },
        id(p));
  }
}
