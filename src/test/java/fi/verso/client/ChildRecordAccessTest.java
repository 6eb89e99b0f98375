package fi.verso.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.assessment.CaseworkFixtures;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.intake.Intake;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Need-to-know access: the child's own workers and the team lead see the records; others find that the child
 * is known, and open the records only with a stated reason, which the lead sees and the log records without
 * its text.
 */
@IntegrationTest
class ChildRecordAccessTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final String REASON = "Sosiaalipäivystys kysyi lapsen aiemmista tukitoimista yöllä.";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  @Autowired Intake intake;
  @Autowired Clients clients;
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  CaseworkFixtures data;
  CaseworkFixtures.Employee responsible;
  UUID child;

  @BeforeEach
  void setUp() {
    clock.set(ZonedDateTime.of(TODAY.atTime(10, 0), HelsinkiTime.ZONE));
    data = new CaseworkFixtures(jdbc, intake, clients, people, organisation, transactions, events);
    responsible = data.socialWorker("Vilja Vastaava");
    child = data.child("Suojattu", LocalDate.of(2014, 4, 4));
    data.relationship(child, RelationshipKind.CHILD_WELFARE, responsible.id(), LocalDate.of(2026, 2, 2));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
    return request.with(user(employees.loadUserByUsername(username)));
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private String childPage() {
    return "/employee/children/" + child;
  }

  @Test
  void theResponsibleWorkerAndTheTeamLeadSeeTheRecords() throws Exception {
    assertThat(body(as(get(childPage()), responsible.username()), 200)).contains("Suojattu " + data.lastName()).contains(responsible.name());
    assertThat(body(as(get(childPage()), "team.lead"), 200)).contains("Suojattu " + data.lastName());
  }

  @Test
  void anotherSocialWorkerIsRefusedAndOfferedToOpenTheRecordsWithAReason() throws Exception {
    String html = body(as(get(childPage()), "social.worker"), 403);
    assertThat(html)
        .contains("Ei oikeutta lapsen asiakirjoihin")
        .contains("href=\"/employee/children/" + child + "/open\"")
        .doesNotContain("Suojattu " + data.lastName());
  }

  @Test
  void anotherSocialWorkerCanFindThatTheChildIsKnownByNameAndBirthDate() throws Exception {
    String html =
        body(as(post("/employee/children/find").with(csrf()).param("pic", "").param("lastName", data.lastName().toUpperCase())
            .param("firstName", "").param("birthDate", "4.4.2014"), "social.worker"), 200);
    assertThat(html)
        .contains("Lapsi näillä tiedoilla on tiedossa: Suojattu " + data.lastName() + ", Palvelutarpeen arviointi")
        .contains("href=\"/employee/children/" + child + "/open\"")
        .doesNotContain(responsible.name());
    assertThat(data.count(
            "select count(*) from access_log where action = 'CHILD_FIND' and client_ids @> array[?]::uuid[]"
                + " and actor_employee_id = ?", child, fi.verso.employee.DemoUsers.demoId("social.worker")))
        .isEqualTo(1);
  }

  @Test
  void aChildIsFoundByTheirPersonalIdentityCode() throws Exception {
    UUID eetu = people.identify(data.countyId(), PersonalIdentityCode.of("070912A902Y"), "Eetu", "Nieminen");
    data.relationship(eetu, RelationshipKind.SHL_SPECIAL_SUPPORT, responsible.id(), LocalDate.of(2026, 2, 2));
    String html =
        body(as(post("/employee/children/find").with(csrf()).param("pic", "070912a902y").param("lastName", "").param("firstName", "")
            .param("birthDate", ""), "social.worker"), 200);
    assertThat(html).contains("Lapsi näillä tiedoilla on tiedossa: Eetu Nieminen, Palvelutarpeen arviointi");
  }

  @Test
  void aSearchWithoutDetailsOrWithAMistypedCodeSaysWhatToFix() throws Exception {
    assertThat(body(as(post("/employee/children/find").with(csrf()), "social.worker"), 422))
        .contains("Kirjoita henkilötunnus tai sukunimi ja syntymäaika.");
    assertThat(body(as(post("/employee/children/find").with(csrf()).param("pic", "070912A902X"), "social.worker"), 422))
        .contains("Henkilötunnuksen tarkistusmerkki ei täsmää.")
        .contains("value=\"070912A902X\"");
  }

  @Test
  void aChildUnknownToSocialServicesIsNotFound() throws Exception {
    UUID onlyAPerson = data.child("Tuntematon", LocalDate.of(2013, 1, 1));
    String html =
        body(as(post("/employee/children/find").with(csrf()).param("lastName", data.lastName()).param("firstName", "Tuntematon")
            .param("birthDate", "2013-01-01"), "social.worker"), 200);
    assertThat(html).contains("Näillä tiedoilla ei löytynyt sosiaalipalvelujen tuntemaa lasta.").doesNotContain(onlyAPerson.toString());
  }

  @Test
  void openingWithAReasonAdmitsForEightHoursIsLoggedWithoutTheTextAndIsListedForTheLead() throws Exception {
    UUID socialWorker = fi.verso.employee.DemoUsers.demoId("social.worker");
    assertThat(body(as(get(childPage() + "/open"), "social.worker"), 200)).contains("Syy asiakirjojen avaamiseen");

    assertThat(body(as(post(childPage() + "/open").with(csrf()).param("reason", "   "), "social.worker"), 422))
        .contains("Kerro, miksi tarvitset lapsen tietoja.");
    mvc.perform(as(post(childPage() + "/open").with(csrf()).param("reason", REASON), "social.worker"))
        .andExpect(redirectedUrl(childPage()));

    assertThat(body(as(get(childPage()), "social.worker"), 200)).contains("Suojattu " + data.lastName());

    Map<String, Object> stored =
        jdbc.queryForMap("select * from child_record_access_reason where child_id = ? and employee_id = ?", child, socialWorker);
    assertThat(stored.get("reason")).isEqualTo(REASON);
    assertThat(Duration.between(((Timestamp) stored.get("opened_at")).toInstant(), ((Timestamp) stored.get("valid_until")).toInstant()))
        .isEqualTo(Duration.ofHours(8));
    assertThat(data.count(
            "select count(*) from access_log where action = 'CHILD_RECORDS_OPEN_WITH_REASON' and actor_employee_id = ?"
                + " and client_ids = array[?]::uuid[] and target_id = ?", socialWorker, child, child.toString()))
        .isEqualTo(1);
    assertThat(data.count("select count(*) from access_log where concat_ws(' ', action, purpose, target_type, target_id) like ?", "%Sosiaalipäivystys%"))
        .isZero();

    String list = body(as(get("/employee/team/opened-records"), "team.lead"), 200);
    assertThat(list).contains(REASON).contains("Suojattu " + data.lastName()).contains("Sami Sosiaalityö (demo)");

    clock.advance(Duration.ofHours(8).plusMinutes(1));
    mvc.perform(as(get(childPage()), "social.worker")).andExpect(status().isForbidden());
  }

  @Test
  void onlyTheTeamLeadSeesTheListOfOpenedRecords() throws Exception {
    mvc.perform(as(get("/employee/team/opened-records"), "social.worker")).andExpect(status().isForbidden());
  }

  @Test
  void openingARecordThatIsNotAKnownChildIsNotFound() throws Exception {
    UUID stranger = data.child("Vieras", LocalDate.of(2012, 2, 2));
    mvc.perform(as(get("/employee/children/" + stranger + "/open"), "social.worker")).andExpect(status().isNotFound());
    mvc.perform(as(post("/employee/children/" + stranger + "/open").with(csrf()).param("reason", REASON), "social.worker"))
        .andExpect(status().isNotFound());
    assertThat(data.count("select count(*) from child_record_access_reason where child_id = ?", stranger)).isZero();
  }
}
