package fi.verso.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.verso.support.browser.BrowserTestCase;
import org.junit.jupiter.api.Test;

class IntakeWorkBrowserTest extends BrowserTestCase {
  @Test
  void queueMatterPageAndRegistrationAreAccessible() {
    loginAs("intake");
    page.locator("main a[href='/employee/intake']").click();
    assertThat(page.locator("h1")).hasText("Saapuvat asiat");
    assertNoAxeViolations();
    page.locator("table.queue tbody tr a").first().click();
    assertThat(page.locator("#urgency-title")).isVisible();
    assertNoAxeViolations();
    page.locator("#decision-section button[type=submit]").click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertNoAxeViolations();
    open("/employee/intake?state=all&lang=sv");
    assertNoAxeViolations();
    open("/employee/intake/register/notification?lang=fi");
    assertNoAxeViolations();
    page.locator("form.form button[type=submit]").click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertNoAxeViolations();
  }
}
