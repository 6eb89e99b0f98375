package fi.verso.service;

import static fi.verso.service.ServiceFixtures.helsinki;
import static fi.verso.service.ServiceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class SupportTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;

  ServiceFixtures data;
  EmployeePrincipal socialWorker;
  EmployeePrincipal instructor;
  UUID child;
  String home;
  String elsewhere;

  @BeforeEach
  void setUp() {
    data = new ServiceFixtures(jdbc, users, organisation);
    UUID team = data.newTeam();
    socialWorker = data.newEmployee(team, TeamRole.MEMBER, Role.SOCIAL_WORKER);
    instructor = data.newEmployee(team, TeamRole.MEMBER, Role.SOCIAL_INSTRUCTOR);
    List<String> municipalities = data.municipalities();
    home = municipalities.get(0);
    elsewhere = municipalities.get(1);
    child = data.newChild(unique("Linnea"), "sv", home);
    data.relationship(child, team, "CHILD_WELFARE", socialWorker, null);
    clock.set(helsinki(2026, 3, 10, 10, 0));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private MockHttpServletRequestBuilder postAs(EmployeePrincipal who, String url) {
    return post(url).with(user(who)).with(csrf());
  }

  private String page(EmployeePrincipal who, String url) throws Exception {
    return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** Adds a register entry through the form, as a social instructor; returns its id. */
  private UUID provider(String name, String languages, String area, String availability, String checkedOn) throws Exception {
    MockHttpServletRequestBuilder request =
        postAs(instructor, "/employee/support-register")
            .param("providerKind", "SUPPORT_PERSON")
            .param("providerName", name)
            .param("providerContact", "tuki@example.invalid")
            .param("providerTrainingCourse", "Tukihenkilöiden ennakkovalmennus")
            .param("providerTrainedOn", "2025-10-01")
            .param("providerRecordCheckedOn", checkedOn)
            .param("providerAreas", area)
            .param("providerAvailability", availability);
    for (String language : languages.split(",")) {
      request.param("providerLanguages", language);
    }
    String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/employee/support-register?saved=");
    return UUID.fromString(location.substring(location.indexOf('=') + 1));
  }

  /** The table row that names {@code name}. */
  private static String row(String html, String name) {
    int at = html.indexOf(name);
    assertThat(at).as("row for " + name).isNotNegative();
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
  }

  @Test
  void theRegisterFlagsACriminalRecordCheckThatIsTooOldOrMissing() throws Exception {
    String recent = unique("Tuuli");
    String old = unique("Routa");
    String none = unique("Usva");
    provider(recent, "fi", home, "AVAILABLE", "2024-05-02");
    provider(old, "fi", home, "AVAILABLE", "2021-03-10");
    provider(none, "fi", home, "AVAILABLE", "");

    String html = page(instructor, "/employee/support-register");

    assertThat(row(html, recent)).contains("2.5.2024").doesNotContain("Rikostaustaote on vanhentunut", "Rikostaustaote puuttuu");
    assertThat(row(html, old)).contains("10.3.2021", "Rikostaustaote on vanhentunut");
    assertThat(row(html, none)).contains("Rikostaustaote puuttuu");
    assertThat(data.accessLog(instructor)).containsOnly("SUPPORT_REGISTER_MANAGE PERMITTED support_provider ");
  }

  @Test
  void theRegisterFormSaysWhatIsMissingAndKeepsWhatWasTyped() throws Exception {
    String html =
        mvc.perform(
                postAs(instructor, "/employee/support-register")
                    .param("providerKind", "SUPPORT_FAMILY")
                    .param("providerName", "")
                    .param("providerContact", "perhe@example.invalid")
                    .param("providerRecordCheckedOn", "2026-04-01")
                    .param("providerAvailability", "AVAILABLE"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html)
        .contains("href=\"#providerName\"", "href=\"#providerLanguages\"", "href=\"#providerAreas\"", "href=\"#providerRecordCheckedOn\"")
        .contains("Päivä ei voi olla tulevaisuudessa.", "Valitse vähintään yksi.")
        .contains("perhe@example.invalid");
  }

  @Test
  void anEntryIsEditedOverTheVersionItWasOpenedOn() throws Exception {
    String name = unique("Kaisla");
    UUID id = provider(name, "fi", home, "AVAILABLE", "2024-05-02");

    mvc.perform(
            postAs(instructor, "/employee/support-register/" + id)
                .param("providerKind", "SUPPORT_PERSON")
                .param("providerName", name)
                .param("providerContact", "uusi@example.invalid")
                .param("providerRecordCheckedOn", "2024-05-02")
                .param("providerLanguages", "fi", "sv")
                .param("providerAreas", home, elsewhere)
                .param("providerAvailability", "FULL")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            postAs(instructor, "/employee/support-register/" + id)
                .param("providerKind", "SUPPORT_PERSON")
                .param("providerName", name)
                .param("providerContact", "vanha@example.invalid")
                .param("providerLanguages", "fi")
                .param("providerAreas", home)
                .param("providerAvailability", "AVAILABLE")
                .param("version", "0"))
        .andExpect(status().isConflict());

    assertThat(jdbc.queryForObject("select availability from support_provider where id = ?", String.class, id)).isEqualTo("FULL");
    assertThat(jdbc.queryForList("select municipality_code from support_provider_area where provider_id = ? order by 1", String.class, id))
        .containsExactlyInAnyOrder(home, elsewhere);
  }

  @Test
  void aFamilyWorkerDoesNotKeepTheRegister() throws Exception {
    EmployeePrincipal familyWorker = data.newEmployee(null, null, Role.FAMILY_WORKER);
    mvc.perform(get("/employee/support-register").with(user(familyWorker))).andExpect(status().isForbidden());
  }

  @Test
  void matchingFiltersByLanguageAreaAndAvailability() throws Exception {
    String speaksSwedishHere = unique("Aava");
    String finnishOnly = unique("Bertta");
    String otherArea = unique("Cecilia");
    String full = unique("Doris");
    provider(speaksSwedishHere, "fi,sv", home, "AVAILABLE", "2024-05-02");
    provider(finnishOnly, "fi", home, "AVAILABLE", "2024-05-02");
    provider(otherArea, "sv", elsewhere, "AVAILABLE", "2024-05-02");
    provider(full, "sv", home, "FULL", "2024-05-02");
    String base = "/employee/children/" + child + "/support";

    // Opened without a filter: the child's own language and municipality, and only those available now.
    String proposed = page(socialWorker, base);
    assertThat(proposed).contains(speaksSwedishHere).doesNotContain(finnishOnly, otherArea, full);

    String anyArea = page(socialWorker, base + "?filtered=1&language=sv&area=&availability=");
    assertThat(anyArea).contains(speaksSwedishHere, otherArea, full).doesNotContain(finnishOnly);

    String fullOnes = page(socialWorker, base + "?filtered=1&language=&area=" + home + "&availability=FULL");
    assertThat(fullOnes).contains(full).doesNotContain(speaksSwedishHere, finnishOnly, otherArea);
  }

  @Test
  void aChildIsMatchedOnlyWithSomeoneAvailableWhoseCheckIsValidAndMeetingsAreRecorded() throws Exception {
    String good = unique("Elsa");
    String expired = unique("Frida");
    UUID goodId = provider(good, "sv", home, "AVAILABLE", "2024-05-02");
    UUID expiredId = provider(expired, "sv", home, "AVAILABLE", "2020-01-15");
    String base = "/employee/children/" + child + "/support";

    String candidates = page(socialWorker, base);
    assertThat(row(candidates, expired)).contains("Rikostaustaote on vanhentunut", "disabled");
    assertThat(row(candidates, good)).doesNotContain("disabled");

    String refused =
        mvc.perform(
                postAs(socialWorker, base)
                    .param("matchProvider", expiredId.toString())
                    .param("matchStart", "2026-03-16")
                    .param("matchEnd", "2026-12-31"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("Rikostaustaote puuttuu tai on vanhentunut.", "href=\"#matchProvider\"");

    String location =
        mvc.perform(
                postAs(socialWorker, base)
                    .param("matchProvider", goodId.toString())
                    .param("matchStart", "2026-03-01")
                    .param("matchEnd", "2026-12-31"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String match = location.substring(0, location.indexOf('?'));

    mvc.perform(postAs(socialWorker, match + "/meetings").param("meetingDate", "2026-03-07").param("meetingNotes", "Käytiin uimahallissa."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(postAs(socialWorker, match + "/meetings").param("meetingDate", "2026-03-11").param("meetingNotes", "Huomenna."))
        .andExpect(status().isUnprocessableEntity());

    String html = page(socialWorker, match);
    assertThat(html).contains(good, "1.3.2026–31.12.2026", "7.3.2026", "Käytiin uimahallissa.").doesNotContain("Huomenna.");
    assertThat(page(socialWorker, base)).contains(good, "Käynnissä");

    UUID matchId = UUID.fromString(match.substring(match.lastIndexOf('/') + 1));
    assertThat(data.accessLog(socialWorker))
        .containsExactly(
            "SERVICE_DELIVERY_VIEW PERMITTED child " + child,
            "SERVICE_DELIVERY_VIEW PERMITTED child " + child,
            "SERVICE_DELIVERY_RECORD PERMITTED support_match " + child,
            "SERVICE_DELIVERY_RECORD PERMITTED support_match " + child,
            "SERVICE_DELIVERY_VIEW PERMITTED support_match " + child,
            "SERVICE_DELIVERY_VIEW PERMITTED support_match " + child,
            "SERVICE_DELIVERY_VIEW PERMITTED child " + child);
    assertThat(jdbc.queryForObject("select count(*) from support_match_meeting where match_id = ?", Integer.class, matchId)).isEqualTo(1);
  }

  @Test
  void someoneWithoutARelationshipToTheChildCannotSeeOrMatch() throws Exception {
    UUID providerId = provider(unique("Greta"), "sv", home, "AVAILABLE", "2024-05-02");
    EmployeePrincipal stranger = data.newEmployee(data.newTeam(), TeamRole.MEMBER, Role.SOCIAL_WORKER);
    String base = "/employee/children/" + child + "/support";

    mvc.perform(get(base).with(user(stranger))).andExpect(status().isForbidden());
    mvc.perform(
            postAs(stranger, base)
                .param("matchProvider", providerId.toString())
                .param("matchStart", "2026-03-16")
                .param("matchEnd", "2026-12-31"))
        .andExpect(status().isForbidden());

    assertThat(data.accessLog(stranger))
        .containsExactly("SERVICE_DELIVERY_VIEW DENIED child " + child, "SERVICE_DELIVERY_RECORD DENIED child " + child);
    assertThat(jdbc.queryForObject("select count(*) from support_match where child_id = ?", Integer.class, child)).isZero();
  }
}
