package fi.verso.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.client.Clients;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.intake.AssessmentStartDecided;
import fi.verso.intake.Intake;
import fi.verso.intake.ReceivedMatter;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
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
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AssessmentPageTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

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
  CaseworkFixtures.Employee assessor;

  @BeforeEach
  void setUp() {
    clock.set(ZonedDateTime.of(TODAY.atTime(10, 0), fi.verso.calendar.HelsinkiTime.ZONE));
    data = new CaseworkFixtures(jdbc, intake, clients, people, organisation, transactions, events);
    assessor = data.socialWorker("Arja Arvioija");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String url(UUID assessment) {
    return "/employee/children/" + data.childOf(assessment) + "/assessment/" + assessment;
  }

  /** The form as a browser sends it: the given fields over an empty form. */
  private MockHttpServletRequestBuilder submit(UUID assessment, String username, Map<String, String> fields) {
    MockHttpServletRequestBuilder request =
        post(url(assessment)).with(csrf()).with(user(employees.loadUserByUsername(username)));
    fields.forEach(request::param);
    return request;
  }

  private Map<String, String> completion(String conclusion) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("action", "complete");
    f.put("version", "0");
    f.put("childMetOn", "2026-03-02");
    f.put("childViewsMethod", "Keskustelu kahden kesken");
    f.put("childViewsContent", "Lapsi toivoo, että kotona riidellään vähemmän.");
    f.put("guardiansViews", "Huoltajat toivovat tukea.");
    f.put("summary", "Perhe tarvitsee tukea arkeen.");
    f.put("conclusion", conclusion);
    f.put("lsl27Ground", "GROWING_CONDITIONS_ENDANGER");
    f.put("responsibleWorker", assessor.id().toString());
    f.put("noticeSentOn", "2026-03-10");
    f.put("noticeLanguage", "SV");
    f.put("noticeRecipients", "Lapsi ja huoltajat");
    return f;
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private UUID anAssessment() {
    return data.assessment(null, "Aamu", LocalDate.of(2016, 5, 4), data.intakeTeam(), assessor.id(), LocalDate.of(2026, 2, 2));
  }

  @Test
  void theDecisionToStartCreatesTheAssessmentAndRecordsAnUnidentifiedChild() {
    UUID id = data.assessment(null, "Ilona", LocalDate.of(2017, 8, 9), data.intakeTeam(), assessor.id(), LocalDate.of(2026, 2, 2));

    Map<String, Object> row = jdbc.queryForMap("select * from service_need_assessment where id = ?", id);
    assertThat(row.get("state")).isEqualTo("OPEN");
    assertThat(row.get("started_on").toString()).isEqualTo("2026-02-04");
    assertThat(row.get("completion_due").toString()).isEqualTo("2026-05-02");
    assertThat(row.get("assigned_worker_id")).isEqualTo(assessor.id());
    assertThat(row.get("team_id")).isEqualTo(data.intakeTeam());
    Map<String, Object> child = jdbc.queryForMap("select * from person where id = ?", row.get("child_id"));
    assertThat(child.get("first_name")).isEqualTo("Ilona");
    assertThat(child.get("source")).isEqualTo("REPORTED");
    assertThat(child.get("birth_date").toString()).isEqualTo("2017-08-09");
  }

  @Test
  void anAssessmentExistsOnlyIfTheDecisionThatStartedItCommits() {
    ReceivedMatter matter = data.matter(LocalDate.of(2026, 2, 2), "Peruttu", LocalDate.of(2015, 1, 1));
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              events.publishEvent(
                  new AssessmentStartDecided(
                      matter.id(), data.countyId(), data.intakeTeam(), null,
                      new AssessmentStartDecided.ReportedChild("Peruttu", data.lastName(), LocalDate.of(2015, 1, 1), null),
                      assessor.id(), assessor.id(), TODAY, matter.assessmentCompletionDue()));
              assertThat(data.count("select count(*) from service_need_assessment where matter_id = ?", matter.id())).isEqualTo(1);
              status.setRollbackOnly();
            });
    assertThat(data.count("select count(*) from service_need_assessment where matter_id = ?", matter.id())).isZero();
  }

  @Test
  void thePageShowsTheCompletionClockInCalendarDays() throws Exception {
    UUID id = anAssessment();
    String html = body(get(url(id)).with(user(employees.loadUserByUsername(assessor.username()))), 200);
    assertThat(html)
        .contains("Palvelutarpeen arviointi")
        .contains("Valmistuttava viimeistään 2.5.2026. Kalenteripäiviä jäljellä: 53.")
        .contains("kalenteripäivinä");

    clock.set(ZonedDateTime.of(LocalDate.of(2026, 5, 6).atTime(9, 0), fi.verso.calendar.HelsinkiTime.ZONE));
    assertThat(body(get(url(id)).with(user(employees.loadUserByUsername(assessor.username()))), 200))
        .contains("Myöhässä: määräpäivä oli 2.5.2026. Kalenteripäiviä yli: 4.");
  }

  @Test
  void completingIsRefusedWhenTheChildWasNotMetAndNoReasonIsRecorded() throws Exception {
    UUID id = anAssessment();
    Map<String, String> form = completion("NO_NEED");
    form.put("childMetOn", "");
    form.put("summary", "Tämä teksti säilyy lomakkeella.");

    String html = body(submit(id, assessor.username(), form), 422);

    assertThat(html)
        .contains("Kirjaa päivä, jona lapsi tavattiin henkilökohtaisesti, tai syy, miksi lasta ei ole tavattu.")
        .contains("href=\"#childMetOn\"")
        .contains("Tämä teksti säilyy lomakkeella.");
    assertThat(jdbc.queryForObject("select state from service_need_assessment where id = ?", String.class, id)).isEqualTo("OPEN");
  }

  @Test
  void aReasonForNotMeetingTheChildLetsTheAssessmentBeCompleted() throws Exception {
    UUID id = anAssessment();
    Map<String, String> form = completion("NO_NEED");
    form.put("childMetOn", "");
    form.put("childViewsMethod", "");
    form.put("childViewsContent", "");
    form.put("notMetReason", "Huoltaja kieltäytyi tapaamisesta kahdesti.");

    mvc.perform(submit(id, assessor.username(), form)).andExpect(status().is3xxRedirection());

    assertThat(jdbc.queryForObject("select state from service_need_assessment where id = ?", String.class, id)).isEqualTo("COMPLETED");
    assertThat(data.count("select count(*) from client_relationship where assessment_id = ?", id)).isZero();
  }

  @Test
  void aChildWelfareConclusionStartsAChildWelfareClientRelationshipAndRecordsTheNotice() throws Exception {
    UUID id = anAssessment();
    UUID child = data.childOf(id);

    mvc.perform(submit(id, assessor.username(), completion("CHILD_WELFARE_CLIENT")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("assessmentDone", "assessment.done.completedWithRelationship"));

    Map<String, Object> a = jdbc.queryForMap("select * from service_need_assessment where id = ?", id);
    assertThat(a.get("state")).isEqualTo("COMPLETED");
    assertThat(a.get("completed_on").toString()).isEqualTo("2026-03-10");
    assertThat(a.get("completed_by")).isEqualTo(assessor.id());
    assertThat(a.get("notice_recorded_on").toString()).isEqualTo("2026-03-10");
    Map<String, Object> r = jdbc.queryForMap("select * from client_relationship where assessment_id = ?", id);
    assertThat(r.get("kind")).isEqualTo("CHILD_WELFARE");
    assertThat(r.get("basis")).isEqualTo("GROWING_CONDITIONS_ENDANGER");
    assertThat(r.get("child_id")).isEqualTo(child);
    assertThat(r.get("responsible_worker_id")).isEqualTo(assessor.id());
    assertThat(r.get("started_on").toString()).isEqualTo("2026-03-10");
    assertThat(r.get("state")).isEqualTo("ACTIVE");
    assertThat(data.count(
            "select count(*) from client_worker_period where relationship_id = ? and employee_id = ? and role = 'RESPONSIBLE' and to_date is null",
            r.get("id"), assessor.id()))
        .isEqualTo(1);
    Map<String, Object> notice = jdbc.queryForMap("select * from assessment_notice where assessment_id = ?", id);
    assertThat(notice.get("language")).isEqualTo("sv");
    assertThat((String) notice.get("body")).contains("klient inom barnskyddet från och med 10.3.2026").doesNotContain(assessor.name());

    String page = body(get(url(id)).with(user(employees.loadUserByUsername(assessor.username()))), 200);
    assertThat(page)
        .contains("Valmistui määräajassa (määräpäivä 2.5.2026).")
        .contains("Lastensuojelun asiakkuus alkaa")
        .contains("klient inom barnskyddet");
  }

  @Test
  void aSpecialSupportConclusionStartsAnShlClientRelationship() throws Exception {
    UUID id = anAssessment();
    mvc.perform(submit(id, assessor.username(), completion("SHL_SPECIAL_SUPPORT_CLIENT"))).andExpect(status().is3xxRedirection());

    Map<String, Object> r = jdbc.queryForMap("select * from client_relationship where assessment_id = ?", id);
    assertThat(r.get("kind")).isEqualTo("SHL_SPECIAL_SUPPORT");
    assertThat(r.get("basis")).isEqualTo("SHL_34");
    // The ground belongs to child welfare only: it is not kept with another conclusion.
    assertThat(jdbc.queryForObject("select lsl27_ground from service_need_assessment where id = ?", String.class, id)).isNull();
  }

  @Test
  void otherServicesStartNoClientRelationship() throws Exception {
    UUID id = anAssessment();
    mvc.perform(submit(id, assessor.username(), completion("OTHER_SERVICES"))).andExpect(status().is3xxRedirection());
    assertThat(data.count("select count(*) from client_relationship where assessment_id = ?", id)).isZero();
    assertThat(data.count("select count(*) from assessment_notice where assessment_id = ?", id)).isEqualTo(1);
  }

  @Test
  void aStaleSaveIsRefusedAndNothingTypedIsLost() throws Exception {
    UUID id = anAssessment();
    Map<String, String> first = new LinkedHashMap<>(Map.of("action", "save", "version", "0", "summary", "Työparin yhteenveto."));
    mvc.perform(submit(id, assessor.username(), first)).andExpect(status().is3xxRedirection());

    Map<String, String> second =
        new LinkedHashMap<>(Map.of("action", "save", "version", "0", "summary", "Oma pitkä yhteenvetoni, jota ei saa kadottaa."));
    String html = body(submit(id, assessor.username(), second), 409);

    assertThat(html)
        .contains("Joku muu tallensi arvioinnin samaan aikaan")
        .contains("Oma pitkä yhteenvetoni, jota ei saa kadottaa.")
        .contains("Työparin yhteenveto.")
        .contains("name=\"version\" value=\"1\"");
    assertThat(jdbc.queryForObject("select summary from service_need_assessment where id = ?", String.class, id))
        .isEqualTo("Työparin yhteenveto.");
  }

  @Test
  void readsAndWritesOfTheAssessmentAreInTheAccessLogWithTheChild() throws Exception {
    UUID id = anAssessment();
    UUID child = data.childOf(id);
    String logged =
        "select count(*) from access_log where actor_employee_id = ? and action = ? and purpose = 'CLIENT_SERVICE'"
            + " and target_type = 'service_need_assessment' and target_id = ? and client_ids @> array[?]::uuid[] and outcome = 'PERMITTED'";
    int writesBefore = data.count(logged, assessor.id(), "CHILD_RECORDS_WRITE", id.toString(), child);
    mvc.perform(get(url(id)).with(user(employees.loadUserByUsername(assessor.username())))).andExpect(status().isOk());
    mvc.perform(submit(id, assessor.username(), Map.of("action", "save", "version", "0", "guardiansViews", "Äiti on huolissaan.")))
        .andExpect(status().is3xxRedirection());

    assertThat(data.count(logged, assessor.id(), "CHILD_RECORDS_VIEW", id.toString(), child)).isEqualTo(1);
    assertThat(data.count(logged, assessor.id(), "CHILD_RECORDS_WRITE", id.toString(), child)).isEqualTo(writesBefore + 1);
  }

  @Test
  void aSocialWorkerWithoutARelationshipToTheChildIsRefusedAndTheRefusalIsLogged() throws Exception {
    UUID id = anAssessment();
    CaseworkFixtures.Employee other = data.socialWorker("Olli Ulkopuolinen");
    String html = body(get(url(id)).with(user(employees.loadUserByUsername(other.username()))), 403);
    assertThat(html).contains("Ei oikeutta lapsen asiakirjoihin").contains("/employee/children/" + data.childOf(id) + "/open");
    assertThat(data.count("select count(*) from access_log where actor_employee_id = ? and outcome = 'DENIED' and action = 'CHILD_RECORDS_VIEW'", other.id()))
        .isEqualTo(1);
    mvc.perform(submit(id, other.username(), Map.of("action", "save", "version", "0", "summary", "x"))).andExpect(status().isForbidden());
    assertThat(jdbc.queryForObject("select summary from service_need_assessment where id = ?", String.class, id)).isNull();
  }
}
