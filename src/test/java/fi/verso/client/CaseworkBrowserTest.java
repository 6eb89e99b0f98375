package fi.verso.client;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.verso.support.browser.BrowserTestCase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The social worker's and the team lead's pages in Chromium, on the demo caseload, each scanned with axe. */
class CaseworkBrowserTest extends BrowserTestCase {
  @Autowired JdbcTemplate jdbc;

  UUID aChildOf(String username) {
    return jdbc.queryForObject(
        """
        select r.child_id from client_relationship r join employee e on e.id = r.responsible_worker_id
         where e.username = ? and r.state = 'ACTIVE' and r.kind = 'CHILD_WELFARE' order by r.started_on limit 1
        """,
        UUID.class,
        username);
  }

  @Test
  void aSocialWorkerGoesFromMyChildrenToTheChildsPlanNotesAndAssessment() {
    loginAs("social.worker");
    open("/employee/my-children");
    assertThat(page.locator("main table")).isVisible();
    assertNoAxeViolations();

    UUID child = aChildOf("social.worker");
    open("/employee/children/" + child);
    assertThat(page.locator("main h1")).isVisible();
    assertNoAxeViolations();

    page.locator("main nav.breadcrumb a[href$='/plan']").click();
    assertThat(page.locator("main h1")).isVisible();
    assertNoAxeViolations();

    open("/employee/children/" + child + "/notes");
    assertNoAxeViolations();
    open("/employee/children/" + child + "/notes/new");
    page.locator("main form button[type=submit]").last().click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertNoAxeViolations();

    UUID assessment =
        jdbc.queryForObject(
            "select a.id from service_need_assessment a join employee e on e.id = a.assigned_worker_id"
                + " where e.username = 'social.worker' and a.state = 'OPEN' limit 1",
            UUID.class);
    UUID assessed =
        jdbc.queryForObject("select child_id from service_need_assessment where id = ?", UUID.class, assessment);
    open("/employee/children/" + assessed + "/assessment/" + assessment);
    assertThat(page.locator("main h1")).isVisible();
    assertNoAxeViolations();
  }

  @Test
  void anotherWorkerFindsTheChildAndMustGiveAReasonToOpenTheRecords() {
    UUID child = aChildOf("social.worker");
    loginAs("social.instructor");
    open("/employee/children/" + child);
    assertNoAxeViolations();
    page.locator("main a[href$='/open']").click();
    assertNoAxeViolations();
    page.locator("#reason").fill("Sijaistan vastuutyöntekijää kotikäynnillä tänään.");
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("main nav.breadcrumb a[href$='/plan']")).isVisible();
    assertNoAxeViolations();
    open("/employee/children/find");
    assertNoAxeViolations();
  }

  @Test
  void theTeamLeadSeesCaseloadsAgainstTheCapAndOverdueItems() {
    loginAs("team.lead");
    open("/employee/team/caseload");
    assertThat(page.locator("main")).containsText("30");
    assertNoAxeViolations();
    open("/employee/team/overdue");
    assertNoAxeViolations();
    open("/employee/team/opened-records");
    assertNoAxeViolations();
  }
}
