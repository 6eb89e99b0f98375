package fi.verso.decision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import fi.verso.support.browser.BrowserTestCase;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Decisions and the delivery of services in Chromium, on the demo caseload, each page scanned with axe. */
class DecisionsAndServicesBrowserTest extends BrowserTestCase {
  @Autowired JdbcTemplate jdbc;
  @Autowired fi.verso.support.TestClock clock;

  UUID aChildWelfareChildOf(String username) {
    return jdbc.queryForObject(
        """
        select r.child_id from client_relationship r join employee e on e.id = r.responsible_worker_id
         where e.username = ? and r.state = 'ACTIVE' and r.kind = 'CHILD_WELFARE' order by r.started_on limit 1
        """,
        UUID.class,
        username);
  }

  @Test
  void aSocialWorkerDraftsADecisionAndGetsItsLetterAsPdf() {
    UUID child = aChildWelfareChildOf("social.worker");
    loginAs("social.worker");
    String base = "/employee/children/" + child + "/decisions";
    open(base);
    assertNoAxeViolations();
    open(base + "/new");
    assertNoAxeViolations();

    page.locator("main form button[type=submit]").first().click();
    assertThat(page.locator(".error-summary").first()).isVisible();
    assertNoAxeViolations();

    page.locator("#decisionType-GRANT").check();
    page.locator("#decisionMeasure").selectOption("SUPPORT_PERSON");
    // Relative to the application's clock, so the test means the same whenever it runs.
    java.time.LocalDate today = fi.verso.calendar.HelsinkiTime.dateOf(clock.instant());
    page.locator("#decisionStartsOn").fill(today.plusDays(7).toString());
    page.locator("#decisionEndsOn").fill(today.plusMonths(6).toString());
    page.locator("#decisionGoals").fill("Nuori saa aikuisen tuen harrastuksiin.");
    page.locator("#decisionReasons").fill("Nuori toivoo tukihenkilöä, ja se on kirjattu asiakassuunnitelmaan.");
    page.locator("#decisionDepartsFromPlan-NO").check();
    page.locator("#decisionContactPerson").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
    page.locator("#decisionContactDetails").fill("sosiaalityo@example.invalid");
    page.locator("main form button[type=submit]").first().click();
    assertThat(page.locator(".error-summary")).hasCount(0);
    page.waitForURL(Pattern.compile(".*/decisions/[0-9a-f-]{36}(\\?.*)?$"));
    assertNoAxeViolations();

    String pdfPath = page.url().replaceAll("\\?.*$", "") + "/letter.pdf";
    APIResponse pdf = page.request().get(pdfPath);
    org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
    org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
  }

  @Test
  void theFamilyWorkerAndTheSupportRegisterPagesAreAccessible() {
    loginAs("family.worker");
    open("/employee/family-work");
    assertThat(page.locator("main h1")).isVisible();
    assertNoAxeViolations();
    open("/employee/peer-groups");
    assertNoAxeViolations();

    loginAs("social.instructor");
    open("/employee/support-register");
    assertThat(page.locator("main")).containsText("(demo)");
    assertNoAxeViolations();

    loginAs("social.worker");
    open("/employee/ended-measures");
    assertNoAxeViolations();
  }
}
