package fi.verso.support.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every browser test. How to write one (e.g. for the catalogue):
 *
 * <pre>{@code
 * class CatalogueBrowserTest extends BrowserTestCase {      // name must end in BrowserTest
 *   @Test
 *   void serviceListIsAccessible() {
 *     open("/?lang=sv");                                   // paths are relative to the running app
 *     assertThat(page.locator("h1")).hasText("...");        // Playwright's assertions wait and retry
 *     assertNoAxeViolations();                             // WCAG 2.1 AA on the page as it is now
 *   }
 *   @Test
 *   void editorSavesAText() {
 *     loginAs("catalogue.admin");                          // through the real login form
 *     ...
 *   }
 * }
 * }</pre>
 *
 * The application (with a fresh embedded database and the demo users) and Chromium start once per test run;
 * every test gets its own browser context, so no cookies, language choice or session carry over. A test
 * fails if the page logged an error in the console (a CSP violation, a missing resource, a script error).
 * Run them with {@code ./mvnw verify} (failsafe, after the unit tests), or only one class with
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CatalogueBrowserTest}.
 * Chromium is Debian's {@code /usr/bin/chromium} ({@code -Dverso.chromium=...} for another); without it the
 * tests fail with what to install.
 */
@BrowserTest
public abstract class BrowserTestCase {
  /** Every demo employee's password (they exist only on the embedded database). */
  protected static final String DEMO_PASSWORD = "verso-demo";

  @LocalServerPort private int port;

  protected BrowserContext context;
  protected Page page;
  private final List<String> consoleErrors = new ArrayList<>();
  /** Pages (not resources) that answered with an error status: the test asked for them and checks them. */
  private final Set<String> errorPagesOpened = ConcurrentHashMap.newKeySet();

  @BeforeEach
  final void openPage() {
    Browser browser = SharedChromium.browser();
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("fi-FI")
                .setTimezoneId("Europe/Helsinki")
                .setViewportSize(1280, 900));
    context.setDefaultTimeout(10_000);
    page = context.newPage();
    page.onResponse(
        response -> {
          if (response.status() >= 400 && response.request().isNavigationRequest()) {
            errorPagesOpened.add(response.url());
          }
        });
    page.onConsoleMessage(this::collectConsoleError);
    page.onPageError(error -> consoleErrors.add("uncaught script error: " + error));
  }

  @AfterEach
  final void closePageAndCheckConsole() {
    if (context != null) {
      context.close();
    }
    if (!consoleErrors.isEmpty()) {
      throw new AssertionError(
          "The browser console showed errors (a CSP violation, a failed resource or a script error):\n- "
              + String.join("\n- ", consoleErrors));
    }
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Opens a path of the application (e.g. {@code "/login?lang=sv"}) and returns the main response. */
  protected Response open(String path) {
    return page.navigate(path);
  }

  /** Signs in through the real login form and waits for the employee's landing page. */
  protected void loginAs(String username) {
    open("/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill(DEMO_PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL(Pattern.compile(".*/employee$"));
    assertThat(page.locator("main h1")).isVisible();
  }

  /**
   * Switches the language with the header's language link ({@code "fi"}, {@code "sv"} or {@code "en"}), as
   * a visitor would, and waits for the page in that language.
   */
  protected void switchLanguage(String code) {
    page.locator("header a[hreflang=" + code + "]").click();
    page.waitForURL(Pattern.compile(".*[?&]lang=" + code + "(&.*)?$"));
    assertThat(page.locator("html")).hasAttribute("lang", code);
  }

  /** Runs axe (WCAG 2.1 A and AA) on the current page; fails with a list of what is wrong and where. */
  protected void assertNoAxeViolations() {
    Axe.assertNoViolations(page);
  }

  protected static void assertNoAxeViolations(Page page) {
    Axe.assertNoViolations(page);
  }

  /**
   * The console errors so far, which then no longer fail the test: for a test that provokes an error on
   * purpose and asserts it.
   */
  protected List<String> takeConsoleErrors() {
    List<String> taken = List.copyOf(consoleErrors);
    consoleErrors.clear();
    return taken;
  }

  private void collectConsoleError(ConsoleMessage message) {
    if (!"error".equals(message.type())) {
      return;
    }
    // Chromium gives the location as url:line:column.
    String location = message.location() == null ? "" : message.location().replaceFirst(":\\d+:\\d+$", "");
    if (message.text().startsWith("Failed to load resource") && errorPagesOpened.contains(location)) {
      return;
    }
    consoleErrors.add(message.text() + (message.location() == null ? "" : " (" + message.location() + ")"));
  }
}
