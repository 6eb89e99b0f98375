package fi.verso.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.Browser;
import fi.verso.support.Browser.Page;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestOnlyEndpoints;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** Finnish by default; ?lang= switches, a cookie remembers, and every page says which language it is in. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LanguageTest {
  @LocalServerPort int port;
  @Autowired MessageSource messages;

  @Test
  void pagesAreInFinnishUntilAnotherLanguageIsChosen() {
    Page front = new Browser(port).get("/");

    assertThat(front.htmlLang()).isEqualTo("fi");
    assertThat(front.h1s()).containsExactly(text("front.title", UiLanguage.FI));
  }

  @Test
  void aLanguageChosenWithTheParameterIsKeptByACookie() {
    Browser browser = new Browser(port);

    Page chosen = browser.get("/?lang=sv");
    Page next = browser.get("/");
    Page login = browser.get("/login");

    assertThat(chosen.htmlLang()).isEqualTo("sv");
    assertThat(browser.cookie("verso-lang")).hasValue("sv");
    assertThat(next.htmlLang()).isEqualTo("sv");
    assertThat(next.h1s()).containsExactly(text("front.title", UiLanguage.SV));
    assertThat(login.h1s()).containsExactly(text("login.title", UiLanguage.SV));
  }

  @Test
  void anUnknownLanguageIsIgnored() {
    Browser browser = new Browser(port);

    Page unknown = browser.get("/?lang=xx");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.htmlLang()).isEqualTo("fi");
    assertThat(browser.cookie("verso-lang")).isEmpty();

    browser.get("/?lang=en");
    Page stillEnglish = browser.get("/?lang=xx");
    assertThat(stillEnglish.htmlLang()).isEqualTo("en");
    assertThat(browser.cookie("verso-lang")).hasValue("en");
  }

  @ParameterizedTest
  @EnumSource(UiLanguage.class)
  void everyPageDeclaresTheLanguageItIsWrittenIn(UiLanguage lang) {
    Browser browser = new Browser(port);
    browser.get("/?lang=" + lang.code());
    Map<String, Page> pages =
        Map.of(
            "front.title", browser.get("/"),
            "login.title", browser.get("/login"),
            "error.404.title", browser.get("/no/such/page"),
            "error.500.title", browser.get(TestOnlyEndpoints.FAILING));
    browser.signIn("family.worker", "verso-demo");
    Page home = browser.get("/employee");

    pages.forEach(
        (titleKey, page) -> {
          assertThat(page.htmlLang()).as(titleKey).isEqualTo(lang.code());
          assertThat(page.h1s()).as(titleKey).containsExactly(text(titleKey, lang));
        });
    assertThat(home.htmlLang()).isEqualTo(lang.code());
    assertThat(home.h1s()).containsExactly(text("home.title", lang));
  }

  private String text(String key, UiLanguage lang) {
    return HtmlUtils.htmlEscape(messages.getMessage(key, null, lang.locale()), "UTF-8");
  }
}
