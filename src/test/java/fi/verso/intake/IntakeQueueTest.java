package fi.verso.intake;

import static fi.verso.intake.IntakeFixtures.helsinki;
import static fi.verso.intake.IntakeFixtures.row;
import static fi.verso.intake.IntakeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class IntakeQueueTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Intake intake;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;

  IntakeFixtures data;

  @BeforeEach
  void setUp() {
    data = new IntakeFixtures(jdbc, intake, clock, users, organisation);
  }

  private String queue(EmployeePrincipal worker, String query) throws Exception {
    return mvc.perform(get("/employee/intake" + query).with(user(worker)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private void assessUrgency(UUID matter, EmployeePrincipal worker) throws Exception {
    mvc.perform(
            post("/employee/intake/matters/" + matter + "/urgency")
                .with(user(worker))
                .with(csrf())
                .param("urgent", "NOT_URGENT")
                .param("measures", "Soitettu koululle, ei välitöntä vaaraa."))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void queueShowsMyTeamsOpenMattersUnassessedFirstThenByDueDateWithWorkingDaysLeft() throws Exception {
    UUID myTeam = data.newTeam();
    UUID otherTeam = data.newTeam();
    EmployeePrincipal me = data.newEmployee(myTeam, TeamRole.MEMBER, false, Role.INTAKE_WORKER);
    // Received on Tuesday 3.3.2026: the 7th working day after is Thursday 12.3.2026.
    UUID dueToday = data.notification(helsinki(2026, 3, 3, 10, 0), unique("Aada"), "Ahonen", LocalDate.of(2016, 1, 1));
    UUID unassessed = data.notification(helsinki(2026, 3, 4, 9, 0), unique("Bertta"), "Bäck", LocalDate.of(2017, 2, 2));
    UUID dueLater = data.notification(helsinki(2026, 3, 9, 8, 0), unique("Celina"), "Castrén", LocalDate.of(2018, 3, 3));
    UUID overdue = data.notification(helsinki(2026, 3, 2, 15, 0), unique("Doris"), "Dahl", LocalDate.of(2019, 4, 4));
    UUID prenatal = data.prenatal(helsinki(2026, 3, 5, 12, 0));
    UUID notMine = data.notification(helsinki(2026, 3, 3, 11, 0), unique("Eetu"), "Eskola", LocalDate.of(2020, 5, 5));
    for (UUID m : List.of(dueToday, unassessed, dueLater, overdue, prenatal)) {
      data.moveToTeam(m, myTeam);
    }
    data.moveToTeam(notMine, otherTeam);
    clock.set(helsinki(2026, 3, 12, 12, 0));
    for (UUID m : List.of(dueToday, dueLater, overdue)) {
      assessUrgency(m, me);
    }

    String html = queue(me, "");

    assertThat(html).doesNotContain(data.reference(notMine));
    List<Integer> order =
        List.of(unassessed, prenatal, overdue, dueToday, dueLater).stream()
            .map(m -> html.indexOf(">" + data.reference(m) + "<"))
            .toList();
    assertThat(order).doesNotContain(-1).isSorted();
    assertThat(row(html, data.reference(unassessed))).contains("Kiireellisyyttä ei ole arvioitu");
    assertThat(row(html, data.reference(dueToday)))
        .contains("Määräpäivä on tänään (12.3.2026)")
        .contains("3.3.2026 klo 10.00")
        .contains("Ei kiireellinen")
        .contains("Ahonen");
    assertThat(row(html, data.reference(overdue))).contains("1 arkipäivä myöhässä (määräpäivä oli 11.3.2026)");
    // Due Wednesday 18.3.2026: Friday, Monday, Tuesday and Wednesday are left.
    assertThat(row(html, data.reference(dueLater))).contains("4 arkipäivää jäljellä (määräpäivä 18.3.2026)");
    assertThat(row(html, data.reference(prenatal))).contains("Syntymätön");
    assertThat(html).contains("<caption>Avoimet asiat (5)</caption>").contains("scope=\"col\"");
  }

  @Test
  void queueShowsAnUnnamedChildAsUnknownAndTimesInThePagesLanguage() throws Exception {
    UUID team = data.newTeam();
    EmployeePrincipal me = data.newEmployee(team, TeamRole.MEMBER, false, Role.INTAKE_WORKER);
    UUID matter = data.anonymousNotification(helsinki(2026, 3, 3, 10, 5), unique("Hilla"));
    // Forms always ask for a name; a matter can still come without one (the API, old paper notifications).
    jdbc.update("update intake_matter set child_first_name = null, child_last_name = null where id = ?", matter);
    data.moveToTeam(matter, team);
    clock.set(helsinki(2026, 3, 5, 9, 0));

    assertThat(row(queue(me, ""), data.reference(matter))).contains("Ei tiedossa");
    assertThat(row(queue(me, "?lang=sv"), data.reference(matter)))
        .contains("Okänt")
        .contains("3.3.2026 kl. 10.05")
        .contains("5 arbetsdagar kvar (sista dag 12.3.2026)");
    assertThat(row(queue(me, "?lang=en"), data.reference(matter))).contains("3 Mar 2026, 10:05");
  }

  @Test
  void queueFiltersByKindAndStateWithPlainLinks() throws Exception {
    UUID team = data.newTeam();
    EmployeePrincipal me = data.newEmployee(team, TeamRole.LEAD, true, Role.TEAM_LEAD, Role.SOCIAL_WORKER);
    UUID open = data.notification(helsinki(2026, 3, 3, 10, 0), unique("Frida"), "Forsman", LocalDate.of(2015, 6, 6));
    UUID decided = data.notification(helsinki(2026, 3, 3, 11, 0), unique("Greta"), "Grönlund", LocalDate.of(2014, 7, 7));
    UUID prenatal = data.prenatal(helsinki(2026, 3, 4, 12, 0));
    for (UUID m : List.of(open, decided, prenatal)) {
      data.moveToTeam(m, team);
    }
    clock.set(helsinki(2026, 3, 10, 9, 0));
    mvc.perform(
            post("/employee/intake/matters/" + decided + "/decision")
                .with(user(me))
                .with(csrf())
                .param("decision", "NOT_START")
                .param("notStartReason", "NO_NEED"))
        .andExpect(status().is3xxRedirection());

    String openOnly = queue(me, "?state=open");
    assertThat(openOnly).contains(data.reference(open), data.reference(prenatal)).doesNotContain(data.reference(decided));

    String prenatalOnly = queue(me, "?kind=PRENATAL_NOTIFICATION&state=open");
    assertThat(prenatalOnly).contains(data.reference(prenatal)).doesNotContain(data.reference(open));

    String notStarted = queue(me, "?kind=&state=not-started");
    assertThat(notStarted).contains(data.reference(decided)).doesNotContain(data.reference(open));
    assertThat(row(notStarted, data.reference(decided))).contains("Palvelutarpeen arviointia ei aloitettu 10.3.2026");

    String all = queue(me, "?state=all");
    assertThat(all).contains(data.reference(open), data.reference(decided), data.reference(prenatal));
    // The filter form works without JavaScript: a GET form whose choices stay selected.
    assertThat(all).contains("<form method=\"get\" action=\"/employee/intake\"").contains("value=\"all\" selected");
  }

  @Test
  void viewingTheQueueWritesAnAccessLogRow() throws Exception {
    UUID team = data.newTeam();
    EmployeePrincipal me = data.newEmployee(team, TeamRole.MEMBER, false, Role.INTAKE_WORKER);

    queue(me, "");

    assertThat(data.accessLog(me)).containsExactly("INTAKE_QUEUE_VIEW PERMITTED intake_queue " + team);
  }

  @Test
  void onlyIntakeWorkersAndTeamLeadsSeeTheQueue() throws Exception {
    EmployeePrincipal socialWorker = data.principal("social.worker");
    mvc.perform(get("/employee/intake").with(user(socialWorker))).andExpect(status().isForbidden());
    mvc.perform(get("/employee/intake")).andExpect(status().is3xxRedirection());
  }

  @Test
  void theIntakeWorkersLandingPageLinksToTheQueue() throws Exception {
    String intakeHome =
        mvc.perform(get("/employee").with(user(data.principal("intake")))).andReturn().getResponse().getContentAsString();
    String adminHome =
        mvc.perform(get("/employee").with(user(data.principal("catalogue.admin")))).andReturn().getResponse().getContentAsString();

    assertThat(intakeHome).contains("<a href=\"/employee/intake\">Saapuvat asiat</a>");
    assertThat(adminHome).doesNotContain("href=\"/employee/intake\"");
  }

  @Test
  void queueQueryIsServedByTheTeamStateIndex() {
    String plan =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  jdbc.execute("set local enable_seqscan = off");
                  MapSqlParameterSource p =
                      new MapSqlParameterSource()
                          .addValue("teamIds", new UUID[] {UUID.randomUUID(), UUID.randomUUID()})
                          .addValue("states", List.of("RECEIVED"))
                          .addValue("kind", null)
                          .addValue("limit", 501);
                  return String.join("\n", named.queryForList("explain " + IntakeWorkQueries.QUEUE, p, String.class));
                });
    assertThat(plan).contains("intake_matter_team_open_idx");
  }
}
