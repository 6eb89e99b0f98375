package fi.verso.catalogue;

import static fi.verso.catalogue.CatalogueTestData.ETELA_SAVO;
import static fi.verso.catalogue.CatalogueTestData.JUVA;
import static fi.verso.catalogue.CatalogueTestData.MIKKELI;
import static fi.verso.catalogue.CatalogueTestData.PUUMALA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.employee.EmployeeDirectory;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class CatalogueAdminTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  CatalogueTestData data;
  UserDetails catalogueAdmin;

  @BeforeEach
  void setUp() {
    data = new CatalogueTestData(jdbc);
    catalogueAdmin = employees.loadUserByUsername("catalogue.admin");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private CatalogueTestData.Created anEntry() {
    return data.entry(ETELA_SAVO)
        .name("Muokattava palvelu", "Redigerbar tjänst", "Editable service")
        .text("fi", "description", "Alkuperäinen kuvaus.")
        .area(JUVA)
        .insert();
  }

  /**
   * The edit form as a browser sends it: every required field filled, with the given fields replacing
   * the defaults ("municipalities" and "serviceLanguages" take comma-separated codes).
   */
  private MockHttpServletRequestBuilder submit(String url, Map<String, String> changes, long version) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String lang : List.of("fi", "sv", "en")) {
      fields.put(lang + "-name", "Nimi " + lang);
      fields.put(lang + "-summary", "Tiivistelmä " + lang);
    }
    fields.put("serviceLanguages", "fi");
    fields.put("municipalities", JUVA);
    fields.put("version", String.valueOf(version));
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(catalogueAdmin));
    fields.forEach(
        (name, value) ->
            request.param(name, name.equals("municipalities") || name.equals("serviceLanguages") ? value.split(",") : new String[] {value}));
    return request;
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private long version(UUID id) {
    return jdbc.queryForObject("select version from catalogue_service where id = ?", Long.class, id);
  }

  private String savedName(UUID id, String lang) {
    return jdbc.queryForObject(
        "select name from catalogue_service_text where service_id = ? and lang = ?", String.class, id, lang);
  }

  private int accessLogRows(UUID id) {
    return jdbc.queryForObject(
        "select count(*) from access_log where target_type = 'catalogue_service' and target_id = ?"
            + " and action = 'CATALOGUE_MANAGE' and purpose = 'ADMINISTRATION' and outcome = 'PERMITTED'",
        Integer.class,
        id.toString());
  }

  @Test
  void theListShowsTheCountysEntriesWithLinksToEditThem() throws Exception {
    var entry = anEntry();
    String html = body(get("/employee/catalogue").with(user(catalogueAdmin)), 200);
    assertThat(html)
        .contains("Palvelukuvausten ylläpito", "Tukiperhe", "Muokattava palvelu")
        .contains("href=\"/employee/catalogue/" + entry.id() + "/edit\"")
        .doesNotContain("Suupohjan");
  }

  @Test
  void theEditFormHoldsEveryTextInAllThreeLanguagesWithLanguageAttributes() throws Exception {
    var entry = anEntry();
    String html = body(get("/employee/catalogue/" + entry.id() + "/edit").with(user(catalogueAdmin)), 200);
    assertThat(html)
        .contains("<legend>Suomenkielinen kuvaus</legend>", "<legend>Ruotsinkielinen kuvaus</legend>")
        .contains("id=\"sv-name\" name=\"sv-name\" value=\"Redigerbar tjänst\" lang=\"sv\"")
        .contains("lang=\"fi\"", "Alkuperäinen kuvaus.</textarea>", "name=\"en-legalBasis\"")
        .contains("id=\"municipality-178\" name=\"municipalities\" value=\"178\" checked")
        .contains("id=\"serviceLanguages-fi\" name=\"serviceLanguages\" value=\"fi\" checked")
        .contains("name=\"version\" value=\"0\"");
  }

  @Test
  void savingUpdatesTheTextAndTheLastUpdatedDateAndLogsTheEditInTheSameTransaction() throws Exception {
    var entry = anEntry();
    clock.set(ZonedDateTime.of(2026, 3, 15, 23, 30, 0, 0, HELSINKI));

    mvc.perform(
            submit(
                "/employee/catalogue/" + entry.id() + "/edit",
                Map.of("fi-name", "Uusi nimi", "fi-description", "Uusi kuvaus.", "municipalities", JUVA + "," + PUUMALA),
                version(entry.id())))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/employee/catalogue"))
        .andExpect(flash().attribute(CatalogueAdminController.SAVED_FLASH, entry.id()));

    assertThat(savedName(entry.id(), "fi")).isEqualTo("Uusi nimi");
    assertThat(
            jdbc.queryForObject(
                "select (content_updated_at at time zone 'Europe/Helsinki')::date from catalogue_service where id = ?",
                LocalDate.class,
                entry.id()))
        .isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(
            jdbc.queryForList(
                "select municipality_code from catalogue_service_area where service_id = ? order by 1",
                String.class,
                entry.id()))
        .containsExactly(JUVA, PUUMALA);
    assertThat(body(get("/services/" + entry.slug()), 200)).contains("Uusi kuvaus.", "15.3.2026");

    assertThat(accessLogRows(entry.id())).isEqualTo(1);
    // xmin is the id of the transaction that wrote a row: the log row and the change share one.
    String changeTx = jdbc.queryForObject("select xmin::text from catalogue_service where id = ?", String.class, entry.id());
    String logTx =
        jdbc.queryForObject(
            "select xmin::text from access_log where target_id = ? and action = 'CATALOGUE_MANAGE'",
            String.class,
            entry.id().toString());
    assertThat(logTx).isEqualTo(changeTx);
  }

  @Test
  void afterSavingTheListConfirmsIt() throws Exception {
    var entry = anEntry();
    clock.set(ZonedDateTime.of(2026, 5, 4, 10, 0, 0, 0, HELSINKI));
    mvc.perform(submit("/employee/catalogue/" + entry.id() + "/edit", Map.of("fi-name", "Vahvistettava"), 0))
        .andExpect(status().isFound());
    String html =
        body(get("/employee/catalogue").with(user(catalogueAdmin)).flashAttr(CatalogueAdminController.SAVED_FLASH, entry.id()), 200);
    assertThat(html).contains("role=\"status\">Palvelukuvaus on tallennettu: Vahvistettava. Julkisella sivulla näkyy päivityspäivänä 4.5.2026.");
  }

  @Test
  void validationErrorsAreShownInTheUsersLanguageAndKeepEverythingTyped() throws Exception {
    var entry = anEntry();
    String html =
        body(
            submit(
                    "/employee/catalogue/" + entry.id() + "/edit",
                    Map.of(
                        "sv-name", "",
                        "fi-summary", "ö".repeat(501),
                        "fi-description", "Kirjoitin <tämän> huolella.",
                        "en-terms", "Typed terms stay."),
                    0)
                .cookie(new Cookie("verso-lang", "sv")),
            422);
    assertThat(html)
        .contains("Kontrollera följande")
        .contains("href=\"#sv-name\"", "Namn (på svenska): Uppgiften är obligatorisk.")
        .contains("href=\"#fi-summary\"", "Sammanfattning (på finska): Texten är för lång: högst 500 tecken, nu 501.")
        .contains("<p class=\"field-error\" id=\"sv-name-error\">Uppgiften är obligatorisk.</p>")
        .contains("aria-describedby=\"sv-name-hint sv-name-error\"", "aria-invalid=\"true\"")
        .contains("Kirjoitin &lt;tämän&gt; huolella.</textarea>", "Typed terms stay.</textarea>", "ö".repeat(501))
        .contains("href=\"/services/" + entry.slug() + "\"");
    assertThat(savedName(entry.id(), "sv")).isEqualTo("Redigerbar tjänst");
    assertThat(version(entry.id())).isZero();
    assertThat(accessLogRows(entry.id())).isZero();
  }

  @Test
  void aSaveStartedFromAnOlderVersionIsRefusedAndKeepsTheTypedText() throws Exception {
    var entry = anEntry();
    // Someone else saves first...
    mvc.perform(submit("/employee/catalogue/" + entry.id() + "/edit", Map.of("fi-name", "Toisen nimi"), 0))
        .andExpect(status().isFound());
    // ...then this person saves from the form they opened before that.
    String html =
        body(submit("/employee/catalogue/" + entry.id() + "/edit", Map.of("fi-name", "Minun nimeni"), 0), 409);
    assertThat(html)
        .contains("Joku muu tallensi tämän kuvauksen sillä välin", "Muutoksiasi ei tallennettu")
        .contains("id=\"fi-name\" name=\"fi-name\" value=\"Minun nimeni\"")
        .contains("Nyt tallennettu teksti", "<p>Toisen nimi</p>")
        .contains("name=\"version\" value=\"1\"", "href=\"/services/" + entry.slug() + "\"");
    assertThat(savedName(entry.id(), "fi")).isEqualTo("Toisen nimi");
    assertThat(accessLogRows(entry.id())).isEqualTo(1);

    // Having seen the other's text, saving again from the current version goes through.
    mvc.perform(submit("/employee/catalogue/" + entry.id() + "/edit", Map.of("fi-name", "Minun nimeni"), 1))
        .andExpect(status().isFound());
    assertThat(savedName(entry.id(), "fi")).isEqualTo("Minun nimeni");
    assertThat(accessLogRows(entry.id())).isEqualTo(2);
  }

  @Test
  void aNewEntryCanBeCreatedWithTheSameForm() throws Exception {
    String slug = CatalogueTestData.uniqueSlug("uusi");
    String form = body(get("/employee/catalogue/new").with(user(catalogueAdmin)), 200);
    assertThat(form).contains("<h1>Uusi palvelukuvaus</h1>", "id=\"slug\"", "action=\"/employee/catalogue/new\"");

    mvc.perform(
            submit(
                "/employee/catalogue/new",
                Map.of("slug", slug, "fi-name", "Aivan uusi palvelu", "municipalities", MIKKELI, "serviceLanguages", "sv"),
                0))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/employee/catalogue"));
    UUID id =
        jdbc.queryForObject(
            "select id from catalogue_service where county_id = ? and slug = ?", UUID.class, ETELA_SAVO, slug);
    assertThat(savedName(id, "fi")).isEqualTo("Aivan uusi palvelu");
    assertThat(accessLogRows(id)).isEqualTo(1);
    assertThat(body(get("/services/" + slug).param("lang", "sv"), 200)).contains("<h1>Nimi sv</h1>", "<li>svenska</li>");

    String again = body(submit("/employee/catalogue/new", Map.of("slug", slug), 0), 422);
    assertThat(again).contains("Tämä osoite on jo toisen palvelukuvauksen käytössä.", "value=\"" + slug + "\"");
  }

  @Test
  void anEmployeeWithoutTheCatalogueRoleIsRefused() throws Exception {
    var entry = anEntry();
    UserDetails socialWorker = employees.loadUserByUsername("social.worker");
    mvc.perform(get("/employee/catalogue").with(user(socialWorker))).andExpect(status().isForbidden());
    mvc.perform(get("/employee/catalogue/" + entry.id() + "/edit").with(user(socialWorker)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/employee/catalogue/" + entry.id() + "/edit")
                .with(csrf())
                .with(user(socialWorker))
                .param("fi-name", "Luvaton")
                .param("version", "0"))
        .andExpect(status().isForbidden());
    assertThat(savedName(entry.id(), "fi")).isEqualTo("Muokattava palvelu");
  }

  @Test
  void anAdministratorMayEditToo() throws Exception {
    var entry = anEntry();
    mvc.perform(get("/employee/catalogue/" + entry.id() + "/edit").with(user(employees.loadUserByUsername("admin"))))
        .andExpect(status().isOk());
  }

  @Test
  void anAnonymousVisitorIsSentToSignIn() throws Exception {
    mvc.perform(get("/employee/catalogue")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    var entry = anEntry();
    mvc.perform(post("/employee/catalogue/" + entry.id() + "/edit").with(csrf()).param("fi-name", "x"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"));
    assertThat(savedName(entry.id(), "fi")).isEqualTo("Muokattava palvelu");
  }

  @Test
  void anotherCountysEntryCannotBeOpenedForEditing() throws Exception {
    var other = data.entry(CatalogueTestData.SUUPOHJA).area(CatalogueTestData.KAUHAJOKI).insert();
    mvc.perform(get("/employee/catalogue/" + other.id() + "/edit").with(user(catalogueAdmin)))
        .andExpect(status().isNotFound());
    mvc.perform(submit("/employee/catalogue/" + other.id() + "/edit", Map.of("municipalities", JUVA), 0))
        .andExpect(status().isNotFound());
    assertThat(accessLogRows(other.id())).isZero();
  }
}
