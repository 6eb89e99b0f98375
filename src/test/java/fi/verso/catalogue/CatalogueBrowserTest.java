package fi.verso.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.verso.support.browser.BrowserTestCase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueBrowserTest extends BrowserTestCase {

  @ParameterizedTest
  @CsvSource({
    "fi, Perheiden ja lasten sosiaalipalvelut, Tukiperhe",
    "sv, Socialtjänster för familjer och barn, Stödfamilj",
    "en, Social services for families and children, Support family"
  })
  void theCatalogueReadsInEachLanguage(String lang, String heading, String supportFamily) {
    open("/");
    if (!lang.equals("fi")) {
      switchLanguage(lang);
    }
    assertThat(page.locator("main h1")).hasText(heading);
    assertThat(page.locator("main .emergency")).containsText("112");
    assertThat(page.locator("#results")).containsText(supportFamily);
    assertNoAxeViolations();

    page.locator("#results a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(supportFamily)).first().click();
    assertThat(page.locator("main h1")).hasText(supportFamily);
    assertThat(page.locator("html")).hasAttribute("lang", lang);
    assertNoAxeViolations();
  }

  @Test
  void searchFindsInflectedFinnishWordsAndSaysPlainlyWhenNothingIsFound() {
    open("/");
    page.locator("#q").fill("tukiperheen");
    page.locator("form[role=search] button[type=submit]").click();
    assertThat(page.locator("#results")).containsText("Tukiperhe");
    assertNoAxeViolations();

    page.locator("#q").fill("xyzzyplugh");
    page.locator("form[role=search] button[type=submit]").click();
    assertThat(page.locator("#results")).not().containsText("Tukiperhe");
    assertNoAxeViolations();
  }

  @ParameterizedTest
  @CsvSource({"fi, Saavutettavuusseloste", "sv, Tillgänglighetsutlåtande", "en, Accessibility statement"})
  void theAccessibilityStatementIsLinkedFromEveryPage(String lang, String title) {
    open("/?lang=" + lang);
    page.locator("footer a[href='/accessibility']").click();
    assertThat(page.locator("main h1")).hasText(title);
    assertNoAxeViolations();
  }

  @Test
  void theFrontPageLeadsToTheNotificationForm() {
    open("/");
    page.locator("#way-notification a").click();
    page.waitForURL(Pattern.compile(".*/citizen/notification$"));
    assertThat(page.locator("main h1")).hasText("Lastensuojeluilmoitus");
  }

  @Test
  void theCatalogueEditorIsAccessibleAndRefusesAnEntryWithoutAName() {
    loginAs("catalogue.admin");
    open("/employee/catalogue");
    assertNoAxeViolations();
    page.locator("main a[href*='/edit']").first().click();
    assertThat(page.locator("main form")).isVisible();
    assertNoAxeViolations();

    page.locator("#fi-name").fill("");
    page.locator("main form button[type=submit]").last().click();
    assertThat(page.locator("#error-summary")).isVisible();
    assertNoAxeViolations();
  }
}
