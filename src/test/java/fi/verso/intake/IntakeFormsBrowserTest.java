package fi.verso.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.browser.BrowserTestCase;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class IntakeFormsBrowserTest extends BrowserTestCase {
  @Autowired JdbcTemplate jdbc;

  int mattersWithConcern(String concern) {
    return jdbc.queryForObject("select count(*) from intake_matter where concern = ?", Integer.class, concern);
  }

  @Test
  void aWorriedNeighbourSendsAnAnonymousNotificationAndGetsAReference() {
    open("/citizen/notification");
    assertThat(page.locator("main .emergency")).containsText("112");
    assertNoAxeViolations();

    String concern = "Naapurin lapsi itkee öisin pitkään yksin. " + UUID.randomUUID();
    page.locator("#reporterType-PRIVATE_PERSON").check();
    page.locator("#reporterAnonymous").check();
    page.locator("#childFirstName").fill("Ella");
    page.locator("#childAge").fill("5");
    page.locator("#childMunicipality").selectOption("491");
    page.locator("#concern").fill(concern);
    page.locator("#childKnows-UNKNOWN").check();
    page.locator("#guardiansKnow-NO").check();
    page.locator("main form button[type=submit]").click();

    page.waitForURL(Pattern.compile(".*/citizen/received/[0-9a-f]{32}$"));
    String reference =
        jdbc.queryForObject("select reference from intake_matter where concern = ?", String.class, concern);
    assertThat(page.locator("main")).containsText(reference);
    assertThat(page.locator("main h1")).hasText("Kiitos, tiedot on vastaanotettu");
    assertNoAxeViolations();
  }

  @Test
  void aMandatedReporterWhoLeavesOutTheOrganisationGetsTheErrorAndLosesNothing() {
    open("/citizen/notification");
    String concern = "Oppilas kertoi, ettei uskalla mennä kotiin. " + UUID.randomUUID();
    page.locator("#reporterType-MANDATED_REPORTER").check();
    page.locator("#reporterName").fill("Olli Opettaja");
    page.locator("#reporterEmail").fill("olli@koulu.example");
    page.locator("#reporterProfession").fill("luokanopettaja");
    page.locator("#childFirstName").fill("Eetu");
    page.locator("#childPersonalIdentityCode").fill("010516A903X");
    page.locator("#concern").fill(concern);
    page.locator("#childKnows-YES").check();
    page.locator("#guardiansKnow-NO").check();
    page.locator("main form button[type=submit]").click();

    assertThat(page.locator("#error-summary")).containsText("Valitse toimiala");
    assertThat(page.locator("#reporterOrganisation-error")).isVisible();
    assertThat(page.locator("#reporterName")).hasValue("Olli Opettaja");
    assertThat(page.locator("#reporterEmail")).hasValue("olli@koulu.example");
    assertThat(page.locator("#reporterProfession")).hasValue("luokanopettaja");
    assertThat(page.locator("#childPersonalIdentityCode")).hasValue("010516A903X");
    assertThat(page.locator("#concern")).hasValue(concern);
    assertThat(page.locator("#childKnows-YES")).isChecked();
    assertNoAxeViolations();
    org.assertj.core.api.Assertions.assertThat(mattersWithConcern(concern)).isZero();

    page.locator("#reporterOrganisation").selectOption("EDUCATION");
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/citizen/received/.*"));
    org.assertj.core.api.Assertions.assertThat(mattersWithConcern(concern)).isEqualTo(1);
  }

  @Test
  void aDoubleClickRefreshAndBackAndResendCreateOneMatter() {
    open("/citizen/notification");
    String concern = "Huoli lapsen turvallisuudesta. " + UUID.randomUUID();
    fillAnonymousNotification(concern);
    page.locator("main form button[type=submit]").dblclick();
    page.waitForURL(Pattern.compile(".*/citizen/received/.*"));
    String receipt = page.url();
    page.reload();
    page.goBack();
    if (page.locator("#concern").count() > 0 && page.locator("#concern").inputValue().isEmpty()) {
      // The browser fetched a fresh form: the person types the same again.
      fillAnonymousNotification(concern);
    }
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/citizen/received/.*"));
    org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(receipt);
    org.assertj.core.api.Assertions.assertThat(mattersWithConcern(concern)).isEqualTo(1);
  }

  private void fillAnonymousNotification(String concern) {
    page.locator("#reporterType-PRIVATE_PERSON").check();
    page.locator("#reporterAnonymous").check();
    page.locator("#childFirstName").fill("Aino");
    page.locator("#childAge").fill("9");
    page.locator("#concern").fill(concern);
    page.locator("#childKnows-NO").check();
    page.locator("#guardiansKnow-NO").check();
  }

  @ParameterizedTest
  @CsvSource({
    "notification, fi", "notification, sv", "notification, en",
    "prenatal-notification, fi", "prenatal-notification, sv", "prenatal-notification, en",
    "contact-request, fi", "contact-request, sv", "contact-request, en",
    "family-work-application, fi", "family-work-application, sv", "family-work-application, en"
  })
  void everyFormIsAccessibleInEveryLanguageAlsoWithErrors(String form, String lang) {
    open("/citizen/" + form + "?lang=" + lang);
    assertThat(page.locator("html")).hasAttribute("lang", lang);
    assertNoAxeViolations();
    page.locator("main form button[type=submit]").click();
    assertThat(page.locator("#error-summary")).isVisible();
    assertNoAxeViolations();
  }
}
