package fi.verso.catalogue;

import static fi.verso.catalogue.CatalogueTestData.ETELA_SAVO;
import static fi.verso.catalogue.CatalogueTestData.JUVA;
import static fi.verso.catalogue.CatalogueTestData.MIKKELI;
import static fi.verso.catalogue.CatalogueTestData.PUUMALA;
import static fi.verso.catalogue.CatalogueTestData.SUUPOHJA;
import static fi.verso.catalogue.CatalogueTestData.KAUHAJOKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The front page, search and service pages as a visitor sees them (the deployment serves Etelä-Savo). */
@IntegrationTest
@AutoConfigureMockMvc
class CataloguePublicPagesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  CatalogueTestData data;

  @BeforeEach
  void setUp() {
    data = new CatalogueTestData(jdbc);
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private int notFound(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse().getStatus();
  }

  private static String main(String html) {
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }

  @Test
  void frontPageOpensWithTheEmergencyBoxBeforeAnythingElseInFinnishByDefault() throws Exception {
    String html = page(get("/"));
    String main = main(html);
    String afterMainTag = main.substring(main.indexOf('>') + 1).strip();
    assertThat(afterMainTag).startsWith("<section class=\"emergency\"");
    assertThat(html).contains("<html lang=\"fi\"");
    String box = main.substring(0, main.indexOf("</section>"));
    assertThat(box).contains("Onko lapsi välittömässä vaarassa?", "Soita heti hätänumeroon", "href=\"tel:112\"");
    // Etelä-Savo has no own social emergency number: people are sent through 112.
    assertThat(box).contains("Virka-ajan ulkopuolella sosiaalipäivystyksen tavoittaa hätänumeron 112 kautta");
    assertThat(main.indexOf("class=\"emergency\"")).isLessThan(main.indexOf("<h1>"));
    assertThat(main.indexOf("<h1>")).isLessThan(main.indexOf("Näin otat yhteyttä"));
    assertThat(main.indexOf("Näin otat yhteyttä")).isLessThan(main.indexOf("id=\"results\""));
  }

  @Test
  void waysToReachUsAreDescribedAndLeadToTheirForms() throws Exception {
    String main = main(page(get("/")));
    String ways = main.substring(main.indexOf("class=\"ways-to-reach\""), main.indexOf("aria-labelledby=\"services-title\""));
    assertThat(ways)
        .contains("id=\"way-notification\"", "id=\"way-prenatal\"", "id=\"way-contact\"", "id=\"way-family-work\"")
        .contains("Lastensuojeluilmoitus", "nimettömänä", "ilmoitusvelvollisena", "Ennakollinen lastensuojeluilmoitus")
        .contains("Yhteydenotto sosiaalihuoltoon", "Perhetyön hakeminen")
        .contains(
            "href=\"/citizen/notification\"",
            "href=\"/citizen/prenatal-notification\"",
            "href=\"/citizen/contact-request\"",
            "href=\"/citizen/family-work-application\"");
  }

  @Test
  void aServicePageLeadsToTheFormsThatFitIt() throws Exception {
    assertThat(main(page(get("/services/perhetyo")))).contains("href=\"/citizen/family-work-application\"");
    assertThat(main(page(get("/services/lastensuojelun-avohuolto")))).contains("href=\"/citizen/notification\"");
  }

  @Test
  void frontPageListsTheCountysServicesInEachLanguage() throws Exception {
    assertThat(main(page(get("/"))))
        .contains("href=\"/services/tukiperhe\">Tukiperhe</a>", "href=\"/services/perhetyo\">Perhetyö</a>");
    String sv = page(get("/").param("lang", "sv"));
    assertThat(sv).contains("<html lang=\"sv\"");
    assertThat(main(sv))
        .contains("Är ett barn i akut fara?", "Så här kontaktar du oss", "Barnskyddsanmälan")
        .contains("href=\"/services/tukiperhe\">Stödfamilj</a>", "href=\"/services/perhetyo\">Familjearbete</a>");
    String en = page(get("/").param("lang", "en"));
    assertThat(main(en))
        .contains("Is a child in immediate danger?", "Ways to reach us")
        .contains("href=\"/services/tukiperhe\">Support family</a>", "href=\"/services/perhetyo\">Family work</a>");
  }

  @Test
  void anInflectedFinnishWordFindsItsBaseFormThroughTheFinnishStemmer() throws Exception {
    String results = main(page(get("/").param("q", "tukiperheen")));
    assertThat(results).contains("href=\"/services/tukiperhe\"").doesNotContain("href=\"/services/perhekuntoutus\"");
    assertThat(main(page(get("/").param("q", "perhetyötä"))))
        .contains("href=\"/services/perhetyo\"", "href=\"/services/tehostettu-perhetyo\"")
        .doesNotContain("href=\"/services/tukihenkilo\"");
  }

  @Test
  void thePartOfAWordTypedSoFarFindsTheWholeWord() throws Exception {
    assertThat(main(page(get("/").param("q", "perhety")))).contains("href=\"/services/perhetyo\"");
  }

  @Test
  void theBestMatchComesFirst() throws Exception {
    String results = main(page(get("/").param("q", "tukiperhe")));
    assertThat(results.indexOf("href=\"/services/tukiperhe\""))
        .isPositive()
        .isLessThan(results.indexOf("href=\"/services/lapsiperheiden-sosiaalityo\""));
  }

  @Test
  void swedishAndEnglishAreSearchedInTheirOwnLanguage() throws Exception {
    assertThat(main(page(get("/").param("lang", "sv").param("q", "stödfamiljen"))))
        .contains("href=\"/services/tukiperhe\">Stödfamilj</a>")
        .doesNotContain("href=\"/services/perhekuntoutus\"");
    assertThat(main(page(get("/").param("lang", "en").param("q", "support families"))))
        .contains("href=\"/services/tukiperhe\">Support family</a>");
    // The same word in Finnish finds nothing on the Swedish page: each language searches its own text.
    assertThat(main(page(get("/").param("lang", "sv").param("q", "tukiperheen"))))
        .contains("Din sökning gav inga träffar.");
  }

  @Test
  void aSearchThatFindsNothingSaysSoPlainly() throws Exception {
    String main = main(page(get("/").param("q", "xyzzyplugh")));
    assertThat(main)
        .contains("Haullasi ei löytynyt yhtään palvelua.", "value=\"xyzzyplugh\"")
        .doesNotContain("class=\"service-list\"");
    assertThat(main(page(get("/").param("lang", "en").param("q", "xyzzyplugh"))))
        .contains("Your search found no services.");
  }

  @Test
  void searchOperatorsAndOddCharactersAreSafe() throws Exception {
    assertThat(main(page(get("/").param("q", "\"tehostettu perhetyö\" -tukiperhe"))))
        .contains("href=\"/services/tehostettu-perhetyo\"")
        .doesNotContain("href=\"/services/tukiperhe\"");
    assertThat(main(page(get("/").param("q", "'):* & | ! <script>")))).contains("Haullasi ei löytynyt");
  }

  @Test
  void theMunicipalityFilterShowsOnlyServicesAvailableThere() throws Exception {
    String puumalaOnly =
        data.entry(ETELA_SAVO).name("Järvikuntapalvelu", "Sjötjänst", "Lake service").area(PUUMALA).insert().slug();
    String puumalaAndMikkeli = data.entry(ETELA_SAVO).area(PUUMALA, MIKKELI).insert().slug();
    String juvaOnly = data.entry(ETELA_SAVO).area(JUVA).insert().slug();

    assertThat(main(page(get("/").param("municipality", PUUMALA))))
        .contains("href=\"/services/" + puumalaOnly + "\"", "href=\"/services/" + puumalaAndMikkeli + "\"")
        .doesNotContain("href=\"/services/" + juvaOnly + "\"")
        .contains("<option value=\"623\" selected>Puumala</option>");
    assertThat(main(page(get("/").param("municipality", JUVA))))
        .contains("href=\"/services/" + juvaOnly + "\"")
        .doesNotContain("href=\"/services/" + puumalaOnly + "\"");
    assertThat(main(page(get("/").param("municipality", JUVA).param("q", "järvikuntapalvelu"))))
        .contains("Haullasi ei löytynyt");
    assertThat(main(page(get("/").param("municipality", PUUMALA).param("q", "järvikuntapalvelua"))))
        .contains("href=\"/services/" + puumalaOnly + "\"");
  }

  @Test
  void anotherCountysEntryNeverAppearsInTheListSearchOrServicePage() throws Exception {
    String otherSlug =
        data.entry(SUUPOHJA)
            .name("Naapurimaakunnan kuunsäde", "Grannens månstråle", "Neighbour moonbeam")
            .area(KAUHAJOKI)
            .insert()
            .slug();

    assertThat(main(page(get("/")))).doesNotContain(otherSlug, "kuunsäde", "Suupohjan");
    assertThat(main(page(get("/").param("q", "kuunsäde")))).contains("Haullasi ei löytynyt");
    assertThat(main(page(get("/").param("municipality", KAUHAJOKI)))).doesNotContain(otherSlug);
    assertThat(notFound("/services/" + otherSlug)).isEqualTo(404);
    // Reference content: Espoo's entry is not Etelä-Savo's, and Suupohja's same-named entry is not shown here.
    assertThat(notFound("/services/lapsiperheiden-sosiaalityo-ja-lastensuojelu")).isEqualTo(404);
    assertThat(main(page(get("/services/lastensuojelun-avohuolto"))))
        .contains("Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä")
        .doesNotContain("Suupohja", "Kauhajoki");
  }

  @Test
  void anUnknownServiceIsNotFound() throws Exception {
    assertThat(notFound("/services/ei-tallaista-palvelua")).isEqualTo(404);
  }

  @Test
  void theServicePageShowsEveryPartOfTheDescriptionInTheChosenLanguage() throws Exception {
    String s =
        data.entry(ETELA_SAVO)
            .name("Kokeilupalvelu", "Provtjänst", "Trial service")
            .text("fi", "summary", "Lyhyt kuvaus.")
            .text("fi", "description", "Ensimmäinen kappale.\n\nToinen kappale:\n- kohta yksi\n- kohta kaksi")
            .text("fi", "target_group", "Lapsiperheet.")
            .text("fi", "terms", "Suostumus tarvitaan.")
            .text("fi", "how_to_get", "Ota yhteyttä sosiaalihuoltoon.")
            .text("fi", "cost", "Palvelu on maksuton.")
            .text("fi", "legal_basis", "Sosiaalihuoltolaki (1301/2014) 18 §")
            .text("fi", "provider", "Toteuttaja Oy")
            .text("fi", "responsible_organisation", "Vastuutaho")
            .text("sv", "cost", "Tjänsten är avgiftsfri.")
            .area(MIKKELI, JUVA)
            .languages("fi", "sv")
            .updated(Instant.parse("2021-09-01T09:00:00Z"))
            .insert()
            .slug();

    String fi = main(page(get("/services/" + s)));
    assertThat(fi)
        .contains("<h1>Kokeilupalvelu</h1>", "Lyhyt kuvaus.", "<p>Ensimmäinen kappale.</p>", "<li>kohta kaksi</li>")
        .contains("Kenelle ja millä ehdoin", "Lapsiperheet.", "Suostumus tarvitaan.")
        .contains("Näin saat palvelua", "Ota yhteyttä sosiaalihuoltoon.", "Palvelu on maksuton.")
        .contains("Sosiaalihuoltolaki (1301/2014) 18 §", "Toteuttaja Oy", "Vastuutaho")
        .contains("<li>Juva</li>", "<li>Mikkeli</li>", "<li>suomi</li>", "<li>ruotsi</li>")
        .contains("<time datetime=\"2021-09-01\">1.9.2021</time>");
    String sv = main(page(get("/services/" + s).param("lang", "sv")));
    assertThat(sv)
        .contains("<h1>Provtjänst</h1>", "Tjänsten är avgiftsfri.", "<li>Jockas</li>", "<li>S:t Michel</li>")
        .contains("<li>finska</li>", "<li>svenska</li>", "Uppdaterad", "1.9.2021");
    assertThat(main(page(get("/services/" + s).param("lang", "en"))))
        .contains("<h1>Trial service</h1>", "Last updated", "1 September 2021", "<li>Finnish</li>");
  }

  @Test
  void theLanguageChosenOnceIsRemembered() throws Exception {
    var cookie = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse().getCookie("verso-lang");
    assertThat(cookie).isNotNull();
    assertThat(main(page(get("/services/tukiperhe").cookie(cookie)))).contains("<h1>Support family</h1>");
  }
}
