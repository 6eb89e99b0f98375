package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A deployment for Espoo, a county with its own 24/7 social emergency number. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "verso.county=espoo")
class EspooFrontPageTest {
  @Autowired MockMvc mvc;

  private String page(String path, String lang) throws Exception {
    return mvc.perform(get(path).param("lang", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theEmergencyBoxGivesTheCountysOwnSocialEmergencyNumber() throws Exception {
    String fi = page("/", "fi");
    String box = fi.substring(fi.indexOf("class=\"emergency\""), fi.indexOf("</section>"));
    assertThat(box)
        .contains("href=\"tel:112\"", "<a href=\"tel:0981642439\">Soita sosiaalipäivystykseen 09 816 42439</a>")
        .doesNotContain("hätänumeron 112 kautta");
    assertThat(page("/", "sv")).contains("Ring socialjouren 09 816 42439");
  }

  @Test
  void onlyEspoosOwnEntryIsListedAndOthersAreNotFound() throws Exception {
    assertThat(page("/", "fi"))
        .contains("href=\"/services/lapsiperheiden-sosiaalityo-ja-lastensuojelu\"")
        .doesNotContain("href=\"/services/tukiperhe\"", "href=\"/services/lastensuojelun-avohuolto\"");
    assertThat(page("/services/lapsiperheiden-sosiaalityo-ja-lastensuojelu", "sv"))
        .contains("<h1>Socialt arbete för barnfamiljer och barnskydd</h1>", "<li>Esbo</li>", "<li>svenska</li>");
    assertThat(mvc.perform(get("/services/tukiperhe")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }
}
