package fi.verso.service;

import static fi.verso.service.ServiceFixtures.helsinki;
import static fi.verso.service.ServiceFixtures.id;
import static fi.verso.service.ServiceFixtures.unique;
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
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class FamilyWorkTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;

  ServiceFixtures data;
  UUID team;
  EmployeePrincipal socialWorker;
  EmployeePrincipal familyWorker;
  EmployeePrincipal lead;
  String childName;
  UUID child;

  @BeforeEach
  void setUp() {
    data = new ServiceFixtures(jdbc, users, organisation);
    team = data.newTeam();
    socialWorker = data.newEmployee(team, TeamRole.MEMBER, Role.SOCIAL_WORKER);
    familyWorker = data.newEmployee(team, TeamRole.MEMBER, Role.FAMILY_WORKER);
    lead = data.newEmployee(team, TeamRole.LEAD, Role.TEAM_LEAD, Role.SOCIAL_WORKER);
    childName = unique("Veeti");
    child = data.newChild(childName, "fi", null);
    data.relationship(child, team, "CHILD_WELFARE", socialWorker, null);
    // Tuesday 10.3.2026
    clock.set(helsinki(2026, 3, 10, 10, 0));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String base() {
    return "/employee/children/" + child + "/family-work";
  }

  private MockHttpServletRequestBuilder postAs(EmployeePrincipal who, String url) {
    return post(url).with(user(who)).with(csrf());
  }

  private String page(EmployeePrincipal who, String url) throws Exception {
    return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The responsible worker starts intensified family work with the family worker; returns the period's id. */
  private UUID startPeriod() throws Exception {
    MvcResult result =
        mvc.perform(
                postAs(socialWorker, base())
                    .param("periodKind", "INTENSIFIED_FAMILY_WORK")
                    .param("familyWorker", id(familyWorker).toString())
                    .param("periodStart", "2026-03-02")
                    .param("plannedEnd", "2026-08-31")
                    .param("periodGoals", "Aamut sujuvat ja lapsi on koulussa ajallaan."))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith(base() + "/").endsWith("?done=started");
    return UUID.fromString(location.substring(base().length() + 1, location.indexOf('?')));
  }

  private MockHttpServletRequestBuilder visit(UUID period, String date, String hours, String notes) {
    return visit(period, date, hours, notes, "");
  }

  private MockHttpServletRequestBuilder visit(UUID period, String date, String hours, String notes, String nextVisit) {
    return postAs(familyWorker, base() + "/" + period + "/visits")
        .param("visitDate", date)
        .param("visitHours", hours)
        .param("visitNotes", notes)
        .param("nextVisit", nextVisit);
  }

  @Test
  void theFamilyWorkerRecordsVisitsAndTheHoursAddUp() throws Exception {
    UUID period = startPeriod();

    mvc.perform(visit(period, "3.3.2026", "1,5", "Tutustumiskäynti kotona.")).andExpect(status().is3xxRedirection());
    mvc.perform(visit(period, "2026-03-09", "2", "Aamurutiinit harjoiteltu.", "2026-03-12"))
        .andExpect(status().is3xxRedirection());

    String html = page(familyWorker, base() + "/" + period);
    assertThat(html)
        .contains("Tehostettu perhetyö", childName, "Aamut sujuvat ja lapsi on koulussa ajallaan.")
        .contains("Tutustumiskäynti kotona.", "Aamurutiinit harjoiteltu.")
        .contains("3.3.2026", "9.3.2026", ">1,5<", ">2<")
        .contains("3,5 tuntia, 2 käyntiä")
        .contains("12.3.2026");
    assertThat(jdbc.queryForObject("select sum(duration_hours) from family_work_visit where period_id = ?", BigDecimal.class, period))
        .isEqualByComparingTo("3.5");

    String mine = page(familyWorker, "/employee/family-work");
    assertThat(mine).contains(childName, "12.3.2026", "9.3.2026");
  }

  @Test
  void hoursMustBeANumberOfHoursAndAVisitIsRecordedAfterItHappened() throws Exception {
    UUID period = startPeriod();

    String refused =
        mvc.perform(visit(period, "2026-03-11", "puolitoista", "Kirjoitettu teksti säilyy."))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(refused)
        .contains("Anna tunnit lukuna")
        .contains("Käynti kirjataan sen jälkeen, kun se on tehty.")
        .contains("Kirjoitettu teksti säilyy.", "puolitoista")
        .contains("href=\"#visitHours\"", "href=\"#visitDate\"");
    mvc.perform(visit(period, "2026-03-01", "1", "Ennen jakson alkua.")).andExpect(status().isUnprocessableEntity());
    assertThat(jdbc.queryForObject("select count(*) from family_work_visit where period_id = ?", Integer.class, period)).isZero();
  }

  @Test
  void endingAPeriodRequiresASummary() throws Exception {
    UUID period = startPeriod();

    String refused =
        mvc.perform(postAs(familyWorker, base() + "/" + period + "/end").param("periodEndDate", "2026-03-10").param("periodEndSummary", " "))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Jakso päätetään loppuyhteenvedolla.", "href=\"#periodEndSummary\"");
    assertThat(jdbc.queryForObject("select ended_on from family_work_period where id = ?", java.time.LocalDate.class, period)).isNull();

    mvc.perform(
            postAs(familyWorker, base() + "/" + period + "/end")
                .param("periodEndDate", "2026-03-10")
                .param("periodEndSummary", "Arki sujuu, perhe jatkaa ilman perhetyötä."))
        .andExpect(status().is3xxRedirection());

    String html = page(socialWorker, base() + "/" + period);
    assertThat(html).contains("Loppuyhteenveto", "Arki sujuu, perhe jatkaa ilman perhetyötä.", "10.3.2026").doesNotContain("Kirjaa käynti");
    // The family worker's access came with the open period and ends with it.
    mvc.perform(get(base() + "/" + period).with(user(familyWorker))).andExpect(status().isForbidden());
    mvc.perform(postAs(socialWorker, base() + "/" + period + "/end").param("periodEndDate", "2026-03-10").param("periodEndSummary", "Toinen kerta"))
        .andExpect(status().isConflict());
  }

  @Test
  void intensifiedFamilyWorkNeedsAChildWelfareClientRelationship() throws Exception {
    UUID shlChild = data.newChild(unique("Siiri"), "fi", null);
    data.relationship(shlChild, team, "SHL_SPECIAL_SUPPORT", socialWorker, null);

    String html =
        mvc.perform(
                postAs(socialWorker, "/employee/children/" + shlChild + "/family-work")
                    .param("periodKind", "INTENSIFIED_FAMILY_WORK")
                    .param("familyWorker", id(familyWorker).toString())
                    .param("periodStart", "2026-03-02")
                    .param("plannedEnd", "2026-08-31")
                    .param("periodGoals", "Tavoite"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("Tehostettu perhetyö edellyttää lastensuojelun asiakkuutta.");
    assertThat(jdbc.queryForObject("select count(*) from family_work_period where child_id = ?", Integer.class, shlChild)).isZero();
  }

  @Test
  void aStartedPeriodNeedsAFamilyWorkerAndItsGoals() throws Exception {
    String html =
        mvc.perform(
                postAs(socialWorker, base())
                    .param("periodKind", "FAMILY_WORK")
                    .param("familyWorker", id(socialWorker).toString())
                    .param("periodStart", "2026-03-02")
                    .param("plannedEnd", "2026-02-01")
                    .param("periodGoals", ""))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("Valitse perhetyöntekijä tai sosiaaliohjaaja.")
        .contains("Päättymispäivä ei voi olla ennen alkamispäivää.")
        .contains("href=\"#periodGoals\"");
  }

  @Test
  void everyReadAndWriteOfTheChildsFamilyWorkIsLogged() throws Exception {
    page(socialWorker, base());
    UUID period = startPeriod();
    mvc.perform(visit(period, "2026-03-09", "1", "Käynti.")).andExpect(status().is3xxRedirection());
    page(familyWorker, base() + "/" + period);

    assertThat(data.accessLog(socialWorker))
        .containsExactly(
            "SERVICE_DELIVERY_VIEW PERMITTED child " + child,
            "SERVICE_DELIVERY_RECORD PERMITTED family_work_period " + child);
    assertThat(data.accessLog(familyWorker))
        .containsExactly(
            "SERVICE_DELIVERY_RECORD PERMITTED family_work_period " + child,
            "SERVICE_DELIVERY_VIEW PERMITTED family_work_period " + child);
  }

  @Test
  void someoneWithoutARelationshipToTheChildIsRefusedAndTheRefusalLogged() throws Exception {
    UUID period = startPeriod();
    EmployeePrincipal otherFamilyWorker = data.newEmployee(data.newTeam(), TeamRole.MEMBER, Role.FAMILY_WORKER);

    mvc.perform(get(base()).with(user(otherFamilyWorker))).andExpect(status().isForbidden());
    mvc.perform(get(base() + "/" + period).with(user(otherFamilyWorker))).andExpect(status().isForbidden());
    mvc.perform(
            postAs(otherFamilyWorker, base() + "/" + period + "/visits")
                .param("visitDate", "2026-03-09")
                .param("visitHours", "1")
                .param("visitNotes", "Ei kuulu minulle."))
        .andExpect(status().isForbidden());

    assertThat(data.accessLog(otherFamilyWorker))
        .containsExactly(
            "SERVICE_DELIVERY_VIEW DENIED child " + child,
            "SERVICE_DELIVERY_VIEW DENIED child " + child,
            "SERVICE_DELIVERY_RECORD DENIED child " + child);
    assertThat(jdbc.queryForObject("select count(*) from family_work_visit where period_id = ?", Integer.class, period)).isZero();
  }

  @Test
  void theLeadOfTheResponsibleTeamSeesThePeriodButDoesNotRecordVisits() throws Exception {
    UUID period = startPeriod();

    assertThat(page(lead, base() + "/" + period)).contains("Aamut sujuvat").doesNotContain("Kirjaa käynti");
    mvc.perform(
            postAs(lead, base() + "/" + period + "/visits")
                .param("visitDate", "2026-03-09")
                .param("visitHours", "1")
                .param("visitNotes", "Esihenkilön käynti."))
        .andExpect(status().isForbidden());
  }

  @Test
  void aPeriodOfAnotherChildIsNotFoundUnderThisChild() throws Exception {
    UUID period = startPeriod();
    UUID otherChild = data.newChild(unique("Olli"), "fi", null);
    data.relationship(otherChild, team, "CHILD_WELFARE", socialWorker, null);

    mvc.perform(get("/employee/children/" + otherChild + "/family-work/" + period).with(user(socialWorker)))
        .andExpect(status().isNotFound());
  }
}
