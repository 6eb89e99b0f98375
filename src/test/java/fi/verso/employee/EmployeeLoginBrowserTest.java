package fi.verso.employee;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fi.verso.support.browser.BrowserTestCase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeLoginBrowserTest extends BrowserTestCase {

  @Test
  void wrongPasswordShowsTheErrorNextToTheFormAndKeepsTheTypedUsername() {
    open("/login");
    page.getByLabel("Käyttäjätunnus").fill("social.worker");
    page.getByLabel("Salasana").fill("not-the-password");
    button("Kirjaudu").click();

    page.waitForURL(Pattern.compile(".*/login\\?error=failed$"));
    Locator error = page.locator("main").getByRole(AriaRole.ALERT);
    assertThat(error).hasText("Käyttäjätunnus tai salasana on väärä. Tarkista ne ja yritä uudelleen.");
    assertThat(page.getByLabel("Käyttäjätunnus")).hasValue("social.worker");
    assertThat(page.getByLabel("Käyttäjätunnus")).hasAccessibleDescription(
        "Käyttäjätunnus tai salasana on väärä. Tarkista ne ja yritä uudelleen.");
    assertThat(page.getByLabel("Salasana")).isEmpty();
    assertNoAxeViolations();
  }

  @Test
  void rightPasswordLandsOnTheRolePage() {
    open("/login");
    page.getByLabel("Käyttäjätunnus").fill("intake");
    page.getByLabel("Salasana").fill(DEMO_PASSWORD);
    button("Kirjaudu").click();

    page.waitForURL(Pattern.compile(".*/employee$"));
    assertThat(page.locator("h1")).hasText("Oma työpöytä");
    assertThat(page).hasTitle(Pattern.compile("^Oma työpöytä – "));
    assertThat(page.locator("main").getByText("Hei, Iida Intake (demo).")).isVisible();
    assertThat(page.locator("main .card h3")).hasText(new String[] {"Saapuvat asiat"});
    assertThat(page.locator("header")).containsText("Iida Intake (demo)");
  }

  @Test
  void anEmployeeWithTwoRolesSeesBothOnTheLandingPage() {
    loginAs("team.lead");

    assertThat(page.locator("main .card h3")).hasText(new String[] {"Sosiaalityöntekijä", "Tiimin vetäjä"});
  }

  @Test
  void signingOutReturnsToTheLoginPageWithTheSignedOutNotice() {
    loginAs("social.worker");

    button("Kirjaudu ulos").click();

    page.waitForURL(Pattern.compile(".*/login\\?logout$"));
    assertThat(page.locator("h1")).hasText("Työntekijän kirjautuminen");
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Olet kirjautunut ulos.");
    assertThat(page.locator("header")).not().containsText("Sami Sosiaalityö");
    assertNoAxeViolations();

    open("/employee");
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
  }

  @Test
  void loginPageSpeaksFinnishSwedishAndEnglishThroughTheHeaderLinks() {
    open("/login");
    assertLoginPage("fi", "Työntekijän kirjautuminen", "Käyttäjätunnus", "Salasana", "Kirjaudu");
    assertThat(page.locator("header .lang-nav li"))
        .hasText(new String[] {"Suomeksi", "På svenska", "In English"});

    switchLanguage("sv");
    assertLoginPage("sv", "Inloggning för anställda", "Användarnamn", "Lösenord", "Logga in");

    switchLanguage("en");
    assertLoginPage("en", "Employee sign-in", "Username", "Password", "Sign in");

    switchLanguage("fi");
    assertLoginPage("fi", "Työntekijän kirjautuminen", "Käyttäjätunnus", "Salasana", "Kirjaudu");
  }

  @Test
  void failedLoginIsExplainedInTheChosenLanguage() {
    open("/login?lang=sv");
    page.getByLabel("Användarnamn").fill("intake");
    page.getByLabel("Lösenord").fill("not-the-password");
    button("Logga in").click();

    page.waitForURL(Pattern.compile(".*/login\\?error=failed$"));
    assertThat(page.getByRole(AriaRole.ALERT))
        .hasText("Användarnamnet eller lösenordet är fel. Kontrollera dem och försök igen.");
    assertThat(page.getByLabel("Användarnamn")).hasValue("intake");
    assertNoAxeViolations();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "intake", "social.worker", "social.instructor", "family.worker", "team.lead", "catalogue.admin", "admin"
      })
  void everyDemoEmployeesLandingPageMeetsWcag21AA(String username) {
    loginAs(username);

    assertThat(page.locator("h1")).hasText("Oma työpöytä");
    assertNoAxeViolations();
  }

  private void assertLoginPage(String lang, String title, String username, String password, String submit) {
    assertThat(page.locator("html")).hasAttribute("lang", lang);
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page).hasTitle(Pattern.compile("^" + title + " – "));
    assertThat(page.getByLabel(username, new Page.GetByLabelOptions().setExact(true))).isEditable();
    assertThat(page.getByLabel(password, new Page.GetByLabelOptions().setExact(true))).isEditable();
    assertThat(button(submit)).isVisible();
    assertNoAxeViolations();
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
