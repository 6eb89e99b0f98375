package fi.verso.employee;

import fi.verso.organisation.Organisation;
import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo employees, all with the password {@value #PASSWORD}. Created only on the embedded database, so they
 * can never exist in a county's real database. Listed in README.md.
 */
@Component
@ConditionalOnEmbeddedDatabase
public class DemoUsers {
  static final String PASSWORD = "verso-demo";

  record DemoUser(
      String username, String displayName, String titleFi, List<Role> roles, boolean qualified, TeamRole intakeTeamRole) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("intake", "Iida Intake (demo)", "Sosiaaliohjaaja, saapuvat asiat", List.of(Role.INTAKE_WORKER), false, TeamRole.MEMBER),
          new DemoUser("social.worker", "Sami Sosiaalityö (demo)", "Sosiaalityöntekijä", List.of(Role.SOCIAL_WORKER), true, TeamRole.MEMBER),
          new DemoUser("social.instructor", "Oona Ohjaaja (demo)", "Sosiaaliohjaaja", List.of(Role.SOCIAL_INSTRUCTOR), false, TeamRole.MEMBER),
          new DemoUser("family.worker", "Pekka Perhetyö (demo)", "Perhetyöntekijä", List.of(Role.FAMILY_WORKER), false, TeamRole.MEMBER),
          new DemoUser("team.lead", "Tiina Tiiminvetäjä (demo)", "Johtava sosiaalityöntekijä", List.of(Role.TEAM_LEAD, Role.SOCIAL_WORKER), true, TeamRole.LEAD),
          new DemoUser("catalogue.admin", "Kaisa Katalogi (demo)", "Palvelukuvausten ylläpitäjä", List.of(Role.CATALOGUE_ADMIN), false, null),
          new DemoUser("admin", "Aino Admin (demo)", "Pääkäyttäjä", List.of(Role.ADMIN), false, null));

  private final NamedParameterJdbcTemplate jdbc;
  private final PasswordEncoder encoder;
  private final Organisation organisation;
  private final TransactionTemplate tx;

  DemoUsers(NamedParameterJdbcTemplate jdbc, PasswordEncoder encoder, Organisation organisation, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.organisation = organisation;
    this.tx = tx;
  }

  /** Stable ids, so demo data and tests can refer to demo employees. */
  public static UUID demoId(String username) {
    return UUID.nameUUIDFromBytes(("demo-employee:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void create() {
    UUID county = organisation.currentCounty().id();
    Integer existing =
        jdbc.queryForObject("select count(*) from employee where username = 'admin'", new MapSqlParameterSource(), Integer.class);
    if (existing != null && existing > 0) {
      return; // already created on an earlier start; hashing is deliberately slow, so skip it
    }
    tx.executeWithoutResult(
        status -> {
          UUID intakeTeam =
              jdbc.queryForObject(
                  "select id from team where county_id = :countyId and default_intake",
                  new MapSqlParameterSource("countyId", county),
                  UUID.class);
          for (DemoUser u : USERS) {
            UUID id = demoId(u.username());
            jdbc.update(
                EmployeeQueries.INSERT_IF_MISSING,
                new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("countyId", county)
                    .addValue("username", u.username())
                    .addValue("passwordHash", encoder.encode(PASSWORD))
                    .addValue("displayName", u.displayName())
                    .addValue("titleFi", u.titleFi())
                    .addValue("roles", u.roles().stream().map(Enum::name).toArray(String[]::new))
                    .addValue("qualified", u.qualified()));
            if (u.intakeTeamRole() != null) {
              jdbc.update(
                  EmployeeQueries.INSERT_MEMBERSHIP_IF_MISSING,
                  new MapSqlParameterSource()
                      .addValue("teamId", intakeTeam)
                      .addValue("employeeId", id)
                      .addValue("teamRole", u.intakeTeamRole().name()));
            }
          }
        });
  }
}
