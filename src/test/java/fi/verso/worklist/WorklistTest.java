package fi.verso.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.casenote.CaseNoteForm;
import fi.verso.casenote.CaseNotes;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.plan.ClientPlans;
import fi.verso.plan.PlanForm;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
@Import(QueryCounter.Config.class)
class WorklistTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  @Autowired ClientPlans plans;
  @Autowired CaseNotes caseNotes;
  @Autowired Worklist worklist;

  CaseworkTestData data;
  String suffix;
  UUID team;
  String worker;
  String colleague;
  String lead;

  @BeforeEach
  void setUp() {
    data = new CaseworkTestData(jdbc);
    clock.set(TODAY.atTime(LocalTime.NOON).atZone(HelsinkiTime.ZONE));
    suffix = UUID.randomUUID().toString().substring(0, 6);
    team = data.team("Tiimi " + suffix);
    worker = data.worker("Wilma Työntekijä " + suffix, "SOCIAL_WORKER");
    colleague = data.worker("Kalle Kollega " + suffix, "SOCIAL_WORKER");
    lead = data.worker("Leena Vetäjä " + suffix, "TEAM_LEAD", "SOCIAL_WORKER");
    data.member(team, worker, "MEMBER");
    data.member(team, colleague, "MEMBER");
    data.member(team, lead, "LEAD");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private Actor.Employee actor(String username) {
    return ((EmployeePrincipal) employees.loadUserByUsername(username)).actor();
  }

  private String page(String path, String username) throws Exception {
    return HtmlUtils.htmlUnescape(
        mvc.perform(get(path).with(user(employees.loadUserByUsername(username))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private UUID child(String name) {
    return data.child(name, suffix);
  }

  private void plan(String username, UUID child, LocalDate madeOn, int everyWeeks) {
    PlanForm form =
        new PlanForm(
            0, madeOn.toString(), "Olosuhteet", "Tarpeet",
            List.of(new PlanForm.GoalRow("Tavoite", "2026-12-31", "IN_PROGRESS", false)), "Perhetyö",
            String.valueOf(everyWeeks), "Lapsi, äiti", "Näkemykset", "Keskustelu", "Lapsen toive", "");
    assertThat(plans.save(actor(username), child, form)).isInstanceOf(ClientPlans.SaveOutcome.Saved.class);
  }

  private void met(String username, UUID child, LocalDate day) {
    CaseNoteForm form =
        new CaseNoteForm(day + "T10:00", "HOME_VISIT", "Lapsi", "YES", false, "", "Tapaaminen", "");
    assertThat(caseNotes.record(actor(username), child, form)).isInstanceOf(CaseNotes.Outcome.Recorded.class);
  }

  /** Four children in four situations, as the worker's list and the lead's list should show them. */
  private record Caseload(UUID reviewOverdue, UUID assessmentSoon, UUID noPlan, UUID notMet) {}

  private Caseload caseload() {
    // Plan made a year and two weeks ago: the yearly review (LSL 30 §) is 14 days late. Met five days ago.
    UUID reviewOverdue = child("Aada");
    data.relationship(reviewOverdue, team, "CHILD_WELFARE", worker, null);
    plan(worker, reviewOverdue, LocalDate.of(2025, 6, 1), 4);
    met(worker, reviewOverdue, LocalDate.of(2026, 6, 10));
    // An open assessment to be completed in ten days.
    UUID assessmentSoon = child("Bertta");
    data.openAssessment(assessmentSoon, team, worker, LocalDate.of(2026, 6, 25));
    // A client for special support (SHL) with the worker as the work pair, and no plan yet.
    UUID noPlan = child("Cecilia");
    data.relationship(noPlan, team, "SHL_SPECIAL_SUPPORT", colleague, worker);
    // Meetings every two weeks agreed; last met 20.4.: the next meeting was due 4.5.
    UUID notMet = child("Daniel");
    data.relationship(notMet, team, "CHILD_WELFARE", worker, null);
    plan(worker, notMet, LocalDate.of(2026, 4, 1), 2);
    met(worker, notMet, LocalDate.of(2026, 4, 20));
    return new Caseload(reviewOverdue, assessmentSoon, noPlan, notMet);
  }

  @Test
  void myChildrenAreSortedByTheNearestDeadlineWithTheirOpenTasks() {
    Caseload c = caseload();

    List<ChildWork> mine = worklist.myChildren(actor(worker));

    assertThat(mine).extracting(ChildWork::childId).containsExactly(c.reviewOverdue(), c.assessmentSoon(), c.notMet(), c.noPlan());
    ChildWork review = mine.get(0);
    assertThat(review.role()).isEqualTo("RESPONSIBLE_WORKER");
    assertThat(review.nextDeadline().orElseThrow().kind()).isEqualTo(Deadline.Kind.PLAN_REVIEW);
    assertThat(review.nextDeadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(review.tasks()).containsExactly(OpenTask.PLAN_REVIEW_OVERDUE);
    assertThat(mine.get(1).role()).isEqualTo("ASSESSING_WORKER");
    assertThat(mine.get(1).tasks()).containsExactly(OpenTask.ASSESSMENT_DUE_SOON);
    assertThat(mine.get(2).tasks()).containsExactly(OpenTask.NOT_MET_TOO_LONG);
    assertThat(mine.get(2).nextDeadline().orElseThrow().due()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(mine.get(3).role()).isEqualTo("WORK_PAIR");
    assertThat(mine.get(3).nextDeadline()).isEmpty();
    assertThat(mine.get(3).tasks()).containsExactly(OpenTask.NO_PLAN);
  }

  @Test
  void theMyChildrenPageShowsDeadlinesAndFlagsAChildNotMetAsThePlanSays() throws Exception {
    caseload();

    String html = page("/employee/my-children", worker);

    assertThat(html).contains("Omat lapseni (4), lähin määräaika ensin");
    assertThat(html.indexOf("Aada " + suffix)).isLessThan(html.indexOf("Bertta " + suffix));
    assertThat(html.indexOf("Bertta " + suffix)).isLessThan(html.indexOf("Daniel " + suffix));
    assertThat(html.indexOf("Daniel " + suffix)).isLessThan(html.indexOf("Cecilia " + suffix));
    String aada = row(html, "Aada");
    assertThat(aada)
        .contains("Suunnitelman tarkistus:", "1.6.2026 (myöhässä 14 päivää)", "Asiakassuunnitelman tarkistus on myöhässä.")
        .contains("10.6.2026", "Suunnitelman mukaan 4 viikon välein", "8.7.2026 (23 päivän kuluttua)")
        .doesNotContain("Lasta ei ole tavattu suunnitelman mukaisesti.");
    assertThat(row(html, "Bertta"))
        .contains("palvelutarpeen arviointi", "Arvioinnin valmistuminen:", "25.6.2026 (10 päivän kuluttua)")
        .contains("Palvelutarpeen arviointi on valmistuttava pian.", "Ei kirjattua henkilökohtaista tapaamista");
    assertThat(row(html, "Daniel"))
        .contains("20.4.2026", "Suunnitelman mukaan 2 viikon välein", "4.5.2026 (myöhässä 42 päivää)")
        .contains("Lasta ei ole tavattu suunnitelman mukaisesti.", "Tapaa lapsi: suunnitelman tapaamisväli on ylittynyt.");
    assertThat(row(html, "Cecilia"))
        .contains("työpari, erityinen tuki (SHL)", "Ei määräaikaa", "Asiakassuunnitelmaa ei ole vielä laadittu.");
  }

  /** The table row of one child, from its row header to the end of the row. */
  private String row(String html, String firstName) {
    int start = html.indexOf(firstName + " " + suffix);
    return html.substring(start, html.indexOf("</tr>", start));
  }

  @Test
  void theListIsOneQueryHoweverManyChildrenThereAre() throws Exception {
    UUID first = child("Eino");
    data.relationship(first, team, "CHILD_WELFARE", worker, null);
    plan(worker, first, LocalDate.of(2026, 1, 10), 4);
    met(worker, first, LocalDate.of(2026, 6, 1));
    Actor.Employee me = actor(worker);

    List<String> forOne = QueryCounter.during(() -> worklist.myChildren(me));
    List<String> pageForOne = QueryCounter.during(() -> page("/employee/my-children", worker));
    caseload();
    for (int i = 0; i < 4; i++) {
      UUID more = child("Lisä" + i);
      data.relationship(more, team, "CHILD_WELFARE", worker, null);
      plan(worker, more, LocalDate.of(2026, 2, 1 + i), 3);
    }
    List<String> forNine = QueryCounter.during(() -> assertThat(worklist.myChildren(me)).hasSize(9));
    List<String> pageForNine = QueryCounter.during(() -> page("/employee/my-children", worker));

    assertThat(QueryCounter.selects(forOne)).hasSize(1);
    assertThat(QueryCounter.selects(forNine)).hasSize(1).first().asString().contains("client_relationship", "case_note");
    assertThat(pageForNine).hasSameSizeAs(pageForOne);
  }

  @Test
  void viewingMyChildrenIsLoggedWithEveryChildOnTheList() throws Exception {
    Caseload c = caseload();

    page("/employee/my-children", worker);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from access_log where action = 'MY_CHILDREN_VIEW' and actor_employee_id = ?"
                    + " and client_ids @> array[?, ?, ?, ?]::uuid[]",
                Integer.class,
                data.employeeId(worker), c.reviewOverdue(), c.assessmentSoon(), c.noPlan(), c.notMet()))
        .isEqualTo(1);
  }

  @Test
  void theTeamLeadSeesTheTeamsOverdueItemsPerWorker() throws Exception {
    Caseload c = caseload();
    UUID late = child("Elias");
    data.openAssessment(late, team, colleague, LocalDate.of(2026, 6, 1));
    UUID elsewhere = child("Fanni");
    data.openAssessment(elsewhere, data.team("Toinen tiimi " + suffix), colleague, LocalDate.of(2026, 5, 1));

    TeamOverdue overdue = worklist.teamOverdue(actor(lead));
    assertThat(overdue.workers()).extracting(TeamOverdue.WorkerItems::workerName)
        .containsExactly("Kalle Kollega " + suffix, "Wilma Työntekijä " + suffix);
    assertThat(overdue.workers().get(0).items()).extracting(TeamOverdue.Item::childId).containsExactly(late);
    assertThat(overdue.workers().get(1).items())
        .extracting(i -> i.childId() + " " + i.deadline().kind())
        .containsExactly(c.notMet() + " MEETING", c.reviewOverdue() + " PLAN_REVIEW");

    String html = page("/employee/team/overdue", lead);
    assertThat(html)
        .contains("Tiimin myöhästyneet asiat", "3 myöhästynyttä asiaa, 2 työntekijää.")
        .contains("Kalle Kollega " + suffix + " (1)", "Wilma Työntekijä " + suffix + " (2)")
        .contains("Palvelutarpeen arviointi ei ole valmistunut.", "1.6.2026 (myöhässä 14 päivää)")
        .contains("Asiakassuunnitelmaa ei ole tarkistettu.", "Lasta ei ole tavattu suunnitelman mukaisesti.")
        .doesNotContain("Fanni " + suffix, "Bertta " + suffix);
  }

  @Test
  void onlyTeamLeadsSeeTheTeamsOverdueItemsAndWorkersFindTheirListFromTheLandingPage() throws Exception {
    mvc.perform(get("/employee/team/overdue").with(user(employees.loadUserByUsername(worker))))
        .andExpect(status().isForbidden());
    assertThat(page("/employee", "social.worker")).contains("href=\"/employee/my-children\"", "Omat lapseni: määräajat ja tehtävät");
    assertThat(page("/employee", "catalogue.admin")).doesNotContain("/employee/my-children");
    mvc.perform(get("/employee/my-children").with(user(employees.loadUserByUsername("catalogue.admin"))))
        .andExpect(status().isForbidden());
    assertThat(page("/employee/my-children", lead)).contains("href=\"/employee/team/overdue\"", "Sinulla ei ole lapsia");
  }
}
