package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import fi.verso.worklist.CaseworkTestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class ClientPlanTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;

  CaseworkTestData data;
  UUID child;
  UUID relationship;
  String workPair;

  @BeforeEach
  void setUp() {
    data = new CaseworkTestData(jdbc);
    today(LocalDate.of(2026, 3, 10));
    UUID team = data.team("Lastensuojelun avohuolto (testi)");
    child = data.child("Ella", "Suunnitelma-" + UUID.randomUUID().toString().substring(0, 6));
    workPair = data.worker("Työpari (testi)", "SOCIAL_INSTRUCTOR");
    relationship = data.relationship(child, team, "CHILD_WELFARE", "social.worker", workPair);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void today(LocalDate day) {
    clock.set(day.atTime(LocalTime.NOON).atZone(HelsinkiTime.ZONE));
  }

  private UserDetails as(String username) {
    return employees.loadUserByUsername(username);
  }

  private String url(String rest) {
    return "/employee/children/" + child + "/plan" + rest;
  }

  /** The edit form as a browser sends it, complete, with {@code changes} replacing the defaults. */
  private MockHttpServletRequestBuilder save(String username, int basedOn, Map<String, String> changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("basedOnRevision", String.valueOf(basedOn));
    fields.put("madeOn", "2026-03-09");
    fields.put("circumstances", "Vanhempi on uupunut.");
    fields.put("supportNeeds", "Tukea arkeen.");
    fields.put("goal-1-text", "Lapsi käy koulua säännöllisesti");
    fields.put("goal-1-estimatedBy", "2026-06-01");
    fields.put("goal-1-status", "IN_PROGRESS");
    fields.put("goal-2-text", "");
    fields.put("goal-2-estimatedBy", "");
    fields.put("goal-2-status", "NOT_STARTED");
    fields.put("services", "Perhetyö kerran viikossa.");
    fields.put("meetingEveryWeeks", "4");
    fields.put("participants", "Lapsi, äiti, sosiaalityöntekijä");
    fields.put("participantViews", "Äiti toivoo perhetyötä.");
    fields.put("childViewMethod", "Keskustelu kahden kesken");
    fields.put("childViewContent", "Lapsi toivoo harrastusta.");
    fields.put("dissentingViews", "");
    fields.put("intent", "save");
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post(url("/edit")).with(csrf()).with(user(as(username)));
    fields.forEach(request::param);
    return request;
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return HtmlUtils.htmlUnescape(
        mvc.perform(request)
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private String page(String path) throws Exception {
    return body(get(url(path)).with(user(as("social.worker"))), 200);
  }

  private int revisions() {
    return jdbc.queryForObject(
        "select count(*) from client_plan_revision where relationship_id = ?", Integer.class, relationship);
  }

  private String savedServices(int revision) {
    return jdbc.queryForObject(
        "select services from client_plan_revision where relationship_id = ? and revision = ?",
        String.class, relationship, revision);
  }

  @Test
  void eachSaveMakesANewRevisionAndAnyRevisionCanBeComparedWithThePreviousOne() throws Exception {
    mvc.perform(save("social.worker", 0, Map.of())).andExpect(redirectedUrl(url("")));
    mvc.perform(
            save(
                "social.worker",
                1,
                Map.of(
                    "services", "Perhetyö ja tukiperhe.",
                    "goal-1-status", "REACHED",
                    "goal-2-text", "Lapsi aloittaa harrastuksen",
                    "goal-2-estimatedBy", "2026-09-01")))
        .andExpect(redirectedUrl(url("")));

    assertThat(revisions()).isEqualTo(2);
    assertThat(savedServices(1)).isEqualTo("Perhetyö kerran viikossa.");
    assertThat(savedServices(2)).isEqualTo("Perhetyö ja tukiperhe.");

    String plan = page("");
    assertThat(plan)
        .contains("Voimassa oleva suunnitelma (versio 2)", "Perhetyö ja tukiperhe.")
        .contains("Näytä versio 2 ja vertaa edelliseen", "Näytä versio 1");

    String second = page("/revisions/2");
    assertThat(second)
        .contains("Muutokset versiosta 1 versioon 2", "2 kohtaa muuttui.")
        .contains("Perhetyö kerran viikossa.", "Perhetyö ja tukiperhe.", "Muuttunut", "Ennallaan")
        .contains("Lapsi aloittaa harrastuksen", "Lisätty")
        .contains("1.6.2026, työn alla", "1.6.2026, saavutettu");

    String first = page("/revisions/1");
    assertThat(first).contains("Ensimmäisen version sisältö", "Perhetyö kerran viikossa.");
    mvc.perform(get(url("/revisions/3")).with(user(as("social.worker")))).andExpect(status().isNotFound());
  }

  @Test
  void aSaveBasedOnAnOlderRevisionIsRefusedShowingBothVersionsAndKeepingEverythingTyped() throws Exception {
    mvc.perform(save("social.worker", 0, Map.of())).andExpect(status().is3xxRedirection());
    // Both open version 1; the work pair saves first.
    mvc.perform(save(workPair, 1, Map.of("services", "Työparin lisäämä tukihenkilö.")))
        .andExpect(status().is3xxRedirection());

    String refused =
        body(
            save(
                "social.worker",
                1,
                Map.of(
                    "services", "Oma muutokseni: perhekuntoutus.",
                    "circumstances", "Oma kuvaukseni olosuhteista.",
                    "goal-2-text", "Oma uusi tavoite",
                    "goal-2-estimatedBy", "2026-12-31")),
            409);

    assertThat(revisions()).isEqualTo(2);
    assertThat(savedServices(2)).isEqualTo("Työparin lisäämä tukihenkilö.");
    assertThat(refused)
        .contains("Toinen työntekijä tallensi suunnitelman samaan aikaan", "Muutoksiasi ei ole tallennettu")
        .contains("Tallennettu versio 2", "Oma versiosi (ei tallennettu)")
        // theirs as saved, yours as typed, field by field
        .contains("Työparin lisäämä tukihenkilö.", "Oma muutokseni: perhekuntoutus.")
        .contains("Vanhempi on uupunut.", "Oma kuvaukseni olosuhteista.")
        // the form keeps what was typed and is now based on the newer revision
        .contains(">Oma muutokseni: perhekuntoutus.</textarea>", ">Oma kuvaukseni olosuhteista.</textarea>")
        .contains("value=\"Oma uusi tavoite\"", "value=\"2026-12-31\"")
        .contains("name=\"basedOnRevision\" value=\"2\"", "Tallenna versiona 3");

    // Saving again is a deliberate choice: it becomes version 3, and version 2 stays as it was.
    mvc.perform(save("social.worker", 2, Map.of("services", "Oma muutokseni: perhekuntoutus.")))
        .andExpect(redirectedUrl(url("")));
    assertThat(revisions()).isEqualTo(3);
    assertThat(savedServices(2)).isEqualTo("Työparin lisäämä tukihenkilö.");
    assertThat(savedServices(3)).isEqualTo("Oma muutokseni: perhekuntoutus.");
  }

  @Test
  void theReviewIsDueTwelveMonthsAfterThePlanWasMadeAndShownBeforeItIsMissed() throws Exception {
    assertThat(page(""))
        .contains("Lapselle ei ole vielä laadittu asiakassuunnitelmaa. Lastensuojelun asiakkaalle se on laadittava");

    mvc.perform(save("social.worker", 0, Map.of("madeOn", "2026-03-09"))).andExpect(status().is3xxRedirection());
    assertThat(page("")).contains("Suunnitelma on tarkistettava viimeistään 9.3.2027 (364 päivän kuluttua).");

    today(LocalDate.of(2027, 1, 20));
    assertThat(page(""))
        .contains("Suunnitelman tarkistus lähestyy: se on tehtävä viimeistään 9.3.2027 (48 päivän kuluttua).");

    today(LocalDate.of(2027, 3, 9));
    assertThat(page("")).contains("Suunnitelma on tarkistettava tänään (9.3.2027).");

    today(LocalDate.of(2027, 3, 19));
    assertThat(page(""))
        .contains("Suunnitelman tarkistus on myöhässä: se olisi pitänyt tehdä viimeistään 9.3.2027 (10 päivää sitten).");
  }

  @Test
  void thePlanPageTellsWhenTheChildMustNextBeMetByThePlansFrequency() throws Exception {
    mvc.perform(save("social.worker", 0, Map.of("madeOn", "2026-03-09", "meetingEveryWeeks", "2")))
        .andExpect(status().is3xxRedirection());
    today(LocalDate.of(2026, 3, 30));
    assertThat(page(""))
        .contains("Asiakaskertomukseen ei ole kirjattu lapsen henkilökohtaista tapaamista.")
        .contains("Suunnitelmassa sovittu tapaamisväli on ylittynyt: lapsi olisi pitänyt tavata viimeistään 23.3.2026 (7 päivää sitten).");
  }

  @Test
  void addingAGoalRowSendsTheFormBackWithOneMoreRowAndSavesNothing() throws Exception {
    String form =
        body(save("social.worker", 0, Map.of("intent", "addGoal", "goal-2-text", "Toinen tavoite")), 200);

    assertThat(revisions()).isZero();
    assertThat(form)
        .contains("id=\"goal-3-text\"", "id=\"goal-4-text\"")
        .doesNotContain("id=\"goal-5-text\"")
        .contains("value=\"Toinen tavoite\"", ">Vanhempi on uupunut.</textarea>");
  }

  @Test
  void aFormWithProblemsComesBackWithEveryProblemByItsFieldAndEverythingTyped() throws Exception {
    String form =
        body(
            save(
                "social.worker",
                0,
                Map.of("supportNeeds", "", "goal-2-text", "Tavoite ilman aikaa", "meetingEveryWeeks", "99")),
            422);

    assertThat(revisions()).isZero();
    assertThat(form)
        .contains("Lomakkeessa on 3 korjattavaa kohtaa")
        .contains("href=\"#supportNeeds\"", "Kirjoita lapsen ja perheen tuen tarpeet.")
        .contains("href=\"#goal-2-estimatedBy\"", "Tavoite 2: anna arvioitu toteutumisaika.")
        .contains("href=\"#meetingEveryWeeks\"", "Tapaamisväli on annettava viikkoina kokonaislukuna 1–52.")
        .contains("value=\"Tavoite ilman aikaa\"", "value=\"99\"", ">Vanhempi on uupunut.</textarea>");
  }

  @Test
  void someoneWithoutARelationshipToTheChildIsRefusedAndTheRefusalIsLogged() throws Exception {
    mvc.perform(get(url("")).with(user(as("family.worker")))).andExpect(status().isForbidden());
    mvc.perform(save("family.worker", 0, Map.of())).andExpect(status().isForbidden());

    assertThat(revisions()).isZero();
    assertThat(
            jdbc.queryForList(
                "select action from access_log where outcome = 'DENIED' and client_ids @> array[?::uuid] order by id",
                String.class,
                child.toString()))
        .containsExactly("CHILD_RECORDS_VIEW", "CHILD_RECORDS_WRITE");
  }

  @Test
  void everyReadAndWriteOfThePlanIsInTheAccessLogWithTheChild() throws Exception {
    page("");
    mvc.perform(save("social.worker", 0, Map.of())).andExpect(status().is3xxRedirection());
    page("/revisions/1");

    assertThat(
            jdbc.queryForList(
                "select action || ' ' || target_type || ' ' || purpose || ' ' || outcome from access_log"
                    + " where client_ids = array[?::uuid] and actor_employee_id = ? order by id",
                String.class,
                child.toString(),
                data.employeeId("social.worker")))
        .containsExactly(
            "CHILD_RECORDS_VIEW client_plan CLIENT_SERVICE PERMITTED",
            "CHILD_RECORDS_WRITE client_plan_revision CLIENT_SERVICE PERMITTED",
            "CHILD_RECORDS_VIEW client_plan CLIENT_SERVICE PERMITTED");
  }

  @Test
  void aSavedRevisionCannotBeChangedOrRemovedInTheDatabase() throws Exception {
    mvc.perform(save("social.worker", 0, Map.of())).andExpect(status().is3xxRedirection());

    assertThatThrownBy(() -> jdbc.update("update client_plan_revision set services = 'x' where relationship_id = ?", relationship))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from client_plan_goal where revision_id in"
            + " (select id from client_plan_revision where relationship_id = ?)", relationship))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(savedServices(1)).isEqualTo("Perhetyö kerran viikossa.");
  }
}
