package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.organisation.County;
import fi.verso.organisation.Municipality;
import fi.verso.shared.i18n.I18nConfig;
import fi.verso.shared.i18n.Msg;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.web.PageContext;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The front page of a county with its own 24/7 social emergency number (Espoo's, from the reference
 * data), rendered from the real template and messages. The integration tests cover a county without one.
 */
class FrontPageTemplateTest {
  private static final County ESPOO =
      new County(UUID.randomUUID(), "espoo", "Espoo", "Esbo", "Espoo", Optional.of("09 816 42439"));

  private static String render(UiLanguage lang) {
    ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    messages.setBasenames(I18nConfig.bundleBasenames());
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    PageContext ctx = new PageContext(new Msg(messages, lang), lang, null, Optional.empty(), Set.of(), "/", "");
    FrontPageController.FrontPage page =
        new FrontPageController.FrontPage(
            ESPOO,
            WayToReach.ALL,
            List.of(new Municipality("049", "Espoo", "Esbo")),
            new FrontPageController.Results("", "", false, List.of()));
    StringOutput out = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html).render("catalogue/front.jte", Map.of("ctx", ctx, "page", page), out);
    return out.toString();
  }

  private static String emergencyBox(String html) {
    String main = html.substring(html.indexOf("<main"));
    main = main.substring(main.indexOf('>') + 1).strip();
    assertThat(main).startsWith("<section class=\"emergency\"");
    return main.substring(0, main.indexOf("</section>"));
  }

  @Test
  void theEmergencyBoxGivesTheCountysOwnSocialEmergencyNumberFirst() {
    String box = emergencyBox(render(UiLanguage.FI));
    assertThat(box)
        .contains("href=\"tel:112\"", "Sosiaalipäivystys palvelee ympäri vuorokauden:")
        .contains("href=\"tel:0981642439\">09 816 42439</a>")
        .doesNotContain("hätänumeron 112 kautta");
    assertThat(emergencyBox(render(UiLanguage.SV))).contains("Socialjouren betjänar dygnet runt:", "09 816 42439</a>");
  }

  @Test
  void anEmptyCatalogueSaysThatNothingIsPublishedYet() {
    assertThat(render(UiLanguage.EN)).contains("No service descriptions have been published yet.");
  }
}
