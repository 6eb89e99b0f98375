package fi.verso.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import fi.verso.support.browser.BrowserTestCase;
import org.junit.jupiter.api.Test;

/** The public pages' layout, languages, error page and keyboard use. */
class PublicPagesBrowserTest extends BrowserTestCase {

  @Test
  void frontPageSpeaksFinnishSwedishAndEnglishThroughTheHeaderLinks() {
    Response response = open("/");
    assertThat(response.status()).isEqualTo(200);
    assertFrontPage("fi", "Perheiden ja lasten sosiaalipalvelut", "Siirry sisältöön");

    switchLanguage("sv");
    assertFrontPage("sv", "Socialtjänster för familjer och barn", "Hoppa till innehållet");

    switchLanguage("en");
    assertFrontPage("en", "Social services for families and children", "Skip to content");

    switchLanguage("fi");
    assertFrontPage("fi", "Perheiden ja lasten sosiaalipalvelut", "Siirry sisältöön");
  }

  @Test
  void chosenLanguageIsRememberedWhenComingBackToTheFrontPage() {
    open("/");
    switchLanguage("sv");

    open("/login");
    assertThat(page.locator("html")).hasAttribute("lang", "sv");
    open("/");

    assertThat(page.locator("html")).hasAttribute("lang", "sv");
    assertThat(page.locator("h1")).hasText("Socialtjänster för familjer och barn");
  }

  @Test
  void missingPageSays404InEveryLanguage() {
    Response response = open("/ei-tallaista-sivua");
    assertThat(response.status()).isEqualTo(404);
    assertErrorPage("fi", "Sivua ei löytynyt", "Hakemaasi sivua ei ole tai se on siirretty.");

    switchLanguage("sv");
    assertThat(page.url()).contains("/ei-tallaista-sivua?");
    assertErrorPage("sv", "Sidan hittades inte", "Sidan du söker finns inte eller har flyttats.");

    switchLanguage("en");
    assertErrorPage("en", "Page not found", "The page you are looking for does not exist or has moved.");
  }

  @Test
  void firstTabFocusesTheSkipLinkAndEnterMovesFocusToMain() {
    open("/");

    page.keyboard().press("Tab");
    Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Siirry sisältöön"));
    assertThat(skipLink).isFocused();
    BoundingBox box = skipLink.boundingBox();
    assertThat(box).as("the focused skip link is on screen").isNotNull();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.y).isGreaterThanOrEqualTo(0);

    page.keyboard().press("Enter");
    assertThat(page.locator("main")).isFocused();
  }

  @Test
  void publicPagesReflowWithoutSidewaysScrollingOnA320PixelWideScreen() {
    page.setViewportSize(320, 640);
    for (String path : new String[] {"/", "/?lang=sv", "/login", "/ei-tallaista-sivua"}) {
      open(path);
      assertFitsTheWidth(path);
    }
  }

  @Test
  void employeeLandingPageReflowsWithoutSidewaysScrollingOnA320PixelWideScreen() {
    page.setViewportSize(320, 640);
    loginAs("team.lead");
    assertFitsTheWidth("/employee");
  }

  /** WCAG 1.4.10: content at 320 CSS pixels (400 % zoom) must not need scrolling in two directions. */
  private void assertFitsTheWidth(String path) {
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue()).as("page width of %s at 320 px", path).isLessThanOrEqualTo(320);
  }

  private void assertFrontPage(String lang, String title, String skipLink) {
    assertThat(page.locator("html")).hasAttribute("lang", lang);
    assertThat(page.locator("h1")).hasText(title);
    assertLayout(skipLink);
    assertNoAxeViolations();
  }

  private void assertErrorPage(String lang, String title, String text) {
    assertThat(page.locator("html")).hasAttribute("lang", lang);
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("main")).containsText(text);
    assertNoAxeViolations();
  }

  /** The landmarks every page has: one banner, language navigation, one main, one content info. */
  private void assertLayout(String skipLink) {
    assertThat(page.getByRole(AriaRole.BANNER)).hasCount(1);
    assertThat(page.getByRole(AriaRole.MAIN)).hasCount(1);
    assertThat(page.getByRole(AriaRole.CONTENTINFO)).hasCount(1);
    assertThat(page.locator("h1")).hasCount(1);
    assertThat(page.locator("a.skip-link")).hasText(skipLink);
    assertThat(page.locator("header .lang-nav [aria-current]")).hasCount(1);
  }
}
