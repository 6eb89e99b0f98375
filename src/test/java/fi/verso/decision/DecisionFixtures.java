package fi.verso.decision;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Children, guardians and client relationships for decision tests, written straight into the tables the person
 * and client modules own (their services are built elsewhere); each test makes its own.
 */
final class DecisionFixtures {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final JdbcTemplate jdbc;
  private final UUID countyId;

  DecisionFixtures(JdbcTemplate jdbc, UUID countyId) {
    this.jdbc = jdbc;
    this.countyId = countyId;
  }

  /** A name no other test uses, so page text can be searched for it. */
  static String unique(String name) {
    return name + "-" + (char) ('A' + SEQUENCE.get() % 26) + SEQUENCE.incrementAndGet();
  }

  UUID defaultTeam() {
    return jdbc.queryForObject("select id from team where county_id = ? and default_intake", UUID.class, countyId);
  }

  UUID person(String firstName, String lastName, LocalDate birthDate, String language) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into person (id, county_id, first_name, last_name, birth_date, language, source)
        values (?, ?, ?, ?, ?, ?, 'REPORTED')
        """,
        id, countyId, firstName, lastName, birthDate, language);
    return id;
  }

  void guardian(UUID child, UUID guardian) {
    jdbc.update("insert into guardianship (child_id, guardian_id) values (?, ?)", child, guardian);
  }

  UUID relationship(UUID child, String kind, UUID team, UUID responsibleWorker, UUID workPair) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into client_relationship (id, county_id, child_id, team_id, kind, started_on, basis,
                                         responsible_worker_id, work_pair_id, state)
        values (?, ?, ?, ?, ?, date '2026-01-15', 'test', ?, ?, 'ACTIVE')
        """,
        id, countyId, child, team, kind, responsibleWorker, workPair);
    return id;
  }

  UUID employee(UUID team, String teamRole, boolean qualified, String role) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into employee (id, county_id, username, password_hash, display_name, roles, qualified_social_worker)
        values (?, ?, ?, 'not-used', ?, cast(? as text[]), ?)
        """,
        id, countyId, "test-" + id, unique("Testi Työntekijä"), "{" + role + "}", qualified);
    if (team != null) {
      jdbc.update("insert into team_membership (team_id, employee_id, team_role) values (?, ?, ?)", team, id, teamRole);
    }
    return id;
  }

  String username(UUID employee) {
    return jdbc.queryForObject("select username from employee where id = ?", String.class, employee);
  }
}
