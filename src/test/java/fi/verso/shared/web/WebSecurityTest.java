package fi.verso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.Browser;
import fi.verso.support.Browser.Page;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestOnlyEndpoints;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/** What the server sends, through a real Tomcat: headers, sessions, sign-in and error pages. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebSecurityTest {
  private static final String PASSWORD = "verso-demo";

  @LocalServerPort int port;
  @Autowired MessageSource messages;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyHtmlResponseCarriesTheSecurityHeaders() {
    Browser anonymous = new Browser(port);
    Browser worker = new Browser(port);
    worker.signIn("social.worker", PASSWORD);
    List<Page> pages =
        List.of(
            anonymous.get("/"),
            anonymous.get("/login"),
            anonymous.get("/no/such/page"),
            anonymous.get(TestOnlyEndpoints.FAILING),
            worker.get("/employee"),
            worker.get(TestOnlyEndpoints.ACCESS_LOG_READ_ONLY));
    assertThat(pages).extracting(Page::status).containsExactly(200, 200, 404, 500, 200, 403);
    for (Page page : pages) {
      assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.header("Content-Security-Policy"))
          .hasValueSatisfying(
              csp -> assertThat(csp).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'"));
      assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(page.header("Referrer-Policy")).isPresent();
      assertThat(page.header("X-Frame-Options")).hasValue("DENY");
    }
  }

  @Test
  void signingInWithoutTheCsrfTokenIsRefused() {
    Browser browser = new Browser(port);
    browser.get("/login");

    Page refused = browser.post("/login", Map.of("username", "intake", "password", PASSWORD));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(browser.get("/employee").status()).isEqualTo(302);
  }

  /** A known employee with a wrong password and an unknown username look the same from outside. */
  @ParameterizedTest
  @CsvSource({"fi, social.instructor", "sv, family.worker", "en, no.such.employee"})
  void aWrongPasswordShowsTheFormAgainWithTheUsernameAndTheErrorInTheChosenLanguage(String lang, String typed) {
    Browser browser = new Browser(port);
    browser.get("/login?lang=" + lang);

    Page failed = browser.post("/login", Map.of("_csrf", browser.get("/login").csrfToken(), "username", typed, "password", "wrong"));

    assertThat(failed.status()).isEqualTo(302);
    assertThat(failed.redirect()).isEqualTo("/login?error=failed");
    Page again = browser.get(failed.redirect());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.htmlLang()).isEqualTo(lang);
    assertThat(again.body()).contains("value=\"" + typed + "\"");
    assertThat(again.body()).contains(text("login.error.failed", lang));
  }

  @Test
  void employeePagesAskAnAnonymousVisitorToSignIn() {
    Page page = new Browser(port).get("/employee");

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.redirect()).isEqualTo("/login");
  }

  @Test
  void anEmployeeSignsInSeesTheirOwnPageAndSignsOut() {
    Browser browser = new Browser(port);
    browser.get("/login");
    String before = browser.cookie("VERSO_SESSION").orElseThrow();

    Page signedIn = browser.signIn("intake", PASSWORD);

    assertThat(signedIn.redirect()).isEqualTo("/employee");
    String session = browser.cookie("VERSO_SESSION").orElseThrow();
    assertThat(session).as("a new session id after sign-in (no session fixation)").isNotEqualTo(before);
    Page home = browser.get("/employee");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.h1s()).containsExactly(text("home.title", "fi"));
    assertThat(home.body()).contains(text("role.INTAKE_WORKER", "fi"));

    Page signedOut = browser.post("/logout", Map.of("_csrf", home.csrfToken()));

    assertThat(signedOut.status()).isEqualTo(302);
    assertThat(signedOut.redirect()).isEqualTo("/login?logout");
    assertThat(browser.get("/employee").status()).isEqualTo(302);
    Page withOldCookie = new Browser(port).getWithCookie("/employee", "VERSO_SESSION=" + session);
    assertThat(withOldCookie.status()).as("the old session ended").isEqualTo(302);
    assertThat(withOldCookie.redirect()).isEqualTo("/login");
  }

  @Test
  void theSessionCookieIsHttpOnly() {
    Page login = new Browser(port).get("/login");

    assertThat(login.headerValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("VERSO_SESSION="))
        .singleElement()
        .satisfies(c -> assertThat(c.toLowerCase(Locale.ROOT)).contains("httponly").contains("samesite=lax"));
  }

  @Test
  void anUnknownAddressGivesANotFoundPageInTheVisitorsLanguage() {
    Browser browser = new Browser(port);

    Page finnish = browser.get("/no/such/page");
    Page swedishByParameter = browser.get("/no/such/page?lang=sv");
    Page swedishByCookie = browser.get("/another/missing/page");

    for (Page page : List.of(finnish, swedishByParameter, swedishByCookie)) {
      assertThat(page.status()).isEqualTo(404);
      assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertRevealsNothingInternal(page);
    }
    assertThat(finnish.h1s()).containsExactly(text("error.404.title", "fi"));
    assertThat(swedishByParameter.h1s()).containsExactly(text("error.404.title", "sv"));
    assertThat(swedishByCookie.h1s()).containsExactly(text("error.404.title", "sv"));
    assertThat(swedishByCookie.htmlLang()).isEqualTo("sv");
  }

  @Test
  void aFailingHandlerGivesTheFriendlyErrorPage() {
    Page page = new Browser(port).get(TestOnlyEndpoints.FAILING);

    assertThat(page.status()).isEqualTo(500);
    assertThat(page.h1s()).containsExactly(text("error.500.title", "fi"));
    assertThat(page.body()).contains(text("error.500.text", "fi"));
    assertRevealsNothingInternal(page);
  }

  @Test
  void passwordsAreStoredOnlyAsArgon2Hashes() {
    List<String> hashes = jdbc.queryForList("select password_hash from employee", String.class);

    assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash).startsWith("{argon2}").doesNotContain(PASSWORD));
  }

  @Test
  void healthAndMetricsAreOpenForMonitoring() {
    Browser browser = new Browser(port);

    Page health = browser.get("/actuator/health");
    Page prometheus = browser.get("/actuator/prometheus");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(prometheus.body()).contains("# TYPE jvm_memory_used_bytes gauge");
  }

  @Test
  void otherActuatorEndpointsAreRefusedEvenToAnAdministrator() {
    Browser anonymous = new Browser(port);
    Browser admin = new Browser(port);
    admin.signIn("admin", PASSWORD);
    for (String endpoint :
        List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics", "/actuator/shutdown")) {
      Page toAnonymous = anonymous.get(endpoint);
      assertThat(toAnonymous.status()).as(endpoint).isEqualTo(302);
      assertThat(toAnonymous.redirect()).as(endpoint).isEqualTo("/login");
      Page toAdmin = admin.get(endpoint);
      assertThat(toAdmin.status()).as(endpoint).isIn(403, 404);
      assertThat(toAdmin.body()).as(endpoint).doesNotContain("\"_links\"", "propertySources", "\"beans\"", "\"contexts\"");
    }
  }

  private static void assertRevealsNothingInternal(Page page) {
    assertThat(page.body())
        .doesNotContain("Exception", "at fi.verso", "at org.springframework", "Deliberate failure", "Whitelabel");
  }

  private String text(String key, String lang) {
    return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.of(lang)), "UTF-8");
  }
}
