package fi.verso.casenote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import fi.verso.worklist.CaseworkTestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class CaseNotesTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  @Autowired CaseNotes caseNotes;

  CaseworkTestData data;
  UUID child;

  @BeforeEach
  void setUp() {
    data = new CaseworkTestData(jdbc);
    clock.set(LocalDateTime.of(2026, 3, 10, 14, 30).atZone(HelsinkiTime.ZONE));
    child = data.child("Onni", "Kertomus-" + UUID.randomUUID().toString().substring(0, 6));
    data.relationship(child, data.team("Lastensuojelu (testi)"), "CHILD_WELFARE", "social.worker", null);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private UserDetails as(String username) {
    return employees.loadUserByUsername(username);
  }

  private String url(String rest) {
    return "/employee/children/" + child + "/notes" + rest;
  }

  private MockHttpServletRequestBuilder entry(String path, Map<String, String> changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("contactAt", "2026-03-10T09:15");
    fields.put("kind", "HOME_VISIT");
    fields.put("participants", "Lapsi, äiti");
    fields.put("metPersonally", "YES");
    fields.put("withoutConsentReason", "");
    fields.put("notes", "Kotikäynti. Lapsi esitteli huonettaan.");
    fields.putAll(changes);
    MockHttpServletRequestBuilder request = post(url(path)).with(csrf()).with(user(as("social.worker")));
    fields.forEach(request::param);
    return request;
  }

  private UUID record(Map<String, String> changes) throws Exception {
    return recordAt("/new", changes);
  }

  private UUID recordAt(String path, Map<String, String> changes) throws Exception {
    MvcResult result = mvc.perform(entry(path, changes)).andExpect(status().is3xxRedirection()).andReturn();
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith(url("#note-"));
    return UUID.fromString(location.substring(location.indexOf("#note-") + "#note-".length()));
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return HtmlUtils.htmlUnescape(
        mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  private String notesPage() throws Exception {
    return body(get(url("")).with(user(as("social.worker"))), 200);
  }

  @Test
  void aContactIsRecordedWithItsHelsinkiTimeAndShownInTheCaseNotes() throws Exception {
    UUID id = record(Map.of());

    assertThat(jdbc.queryForObject("select contact_at::text from case_note where id = ?", String.class, id))
        .isEqualTo("2026-03-10 07:15:00+00");
    assertThat(notesPage())
        .contains("Asiakaskertomus: Onni Kertomus-", "Merkinnät (1)")
        .contains("10.3.2026 klo 9.15, kotikäynti", "Lapsi, äiti", "Kotikäynti. Lapsi esitteli huonettaan.")
        .contains("Kirjattu", "10.3.2026 klo 14.30, Sami Sosiaalityö (demo)");
  }

  @Test
  void anEntryCannotBeChangedOrRemovedEvenDirectlyInTheDatabase() throws Exception {
    UUID id = record(Map.of());

    assertThatThrownBy(() -> jdbc.update("update case_note set notes = 'muutettu' where id = ?", id))
        .rootCause()
        .hasMessageContaining("case_note entries cannot be changed: UPDATE refused");
    assertThatThrownBy(() -> jdbc.update("delete from case_note where id = ?", id))
        .rootCause()
        .hasMessageContaining("case_note entries cannot be changed: DELETE refused");
    assertThat(jdbc.queryForObject("select notes from case_note where id = ?", String.class, id))
        .isEqualTo("Kotikäynti. Lapsi esitteli huonettaan.");
  }

  @Test
  void aCorrectionIsANewEntryReferencingTheCorrectedOneAndBothStayReadable() throws Exception {
    UUID original = record(Map.of("kind", "PHONE", "metPersonally", "NO", "notes", "Puhelu äidin kanssa."));
    String form = body(get(url("/" + original + "/correct")).with(user(as("social.worker"))), 200);
    assertThat(form).contains("Merkinnän korjaus", "Korjattava merkintä: 10.3.2026 klo 9.15, puhelu", ">Puhelu äidin kanssa.</textarea>");

    clock.set(LocalDateTime.of(2026, 3, 11, 8, 5).atZone(HelsinkiTime.ZONE));
    UUID correction =
        recordAt("/" + original + "/correct", Map.of("kind", "VIDEO", "metPersonally", "YES", "notes", "Videotapaaminen äidin ja lapsen kanssa."));

    assertThat(jdbc.queryForObject("select corrects_id from case_note where id = ?", UUID.class, correction))
        .isEqualTo(original);
    String page = notesPage();
    assertThat(page)
        .contains("Merkinnät (2)", "Puhelu äidin kanssa.", "Videotapaaminen äidin ja lapsen kanssa.")
        .contains("Korjattu merkinnällä, joka kirjattiin 11.3.2026 klo 8.05.", "href=\"#note-" + correction + "\"")
        .contains("Tämä merkintä korjaa merkinnän, joka kirjattiin 10.3.2026 klo 14.30.", "href=\"#note-" + original + "\"");
    // The corrected entry offers no second correction; the correction itself can be corrected.
    assertThat(page)
        .doesNotContain("/notes/" + original + "/correct")
        .contains("/notes/" + correction + "/correct");
  }

  @Test
  void aSecondCorrectionOfTheSameEntryIsRefusedKeepingWhatWasTyped() throws Exception {
    UUID original = record(Map.of());
    recordAt("/" + original + "/correct", Map.of("notes", "Ensimmäinen korjaus."));

    String refused = body(entry("/" + original + "/correct", Map.of("notes", "Toinen korjaus samaan.")), 409);

    assertThat(refused).contains("Merkintä on jo korjattu", ">Toinen korjaus samaan.</textarea>");
    assertThat(body(get(url("/" + original + "/correct")).with(user(as("social.worker"))), 200))
        .contains("Merkintä on jo korjattu", "Näytä korjaava merkintä");
    assertThat(jdbc.queryForObject("select count(*) from case_note where child_id = ?", Integer.class, child))
        .isEqualTo(2);
  }

  @Test
  void theLastPersonalMeetingFollowsTheCorrections() throws Exception {
    record(Map.of("contactAt", "2026-02-01T10:00"));
    UUID laterPhone = record(Map.of("contactAt", "2026-03-05T10:00"));
    assertThat(caseNotes.lastMetPersonally(child)).contains(LocalDate.of(2026, 3, 5));

    // The contact on 5.3. was a phone call after all: the child was not met that day.
    recordAt("/" + laterPhone + "/correct", Map.of("contactAt", "2026-03-05T10:00", "kind", "PHONE", "metPersonally", "NO"));
    assertThat(caseNotes.lastMetPersonally(child)).contains(LocalDate.of(2026, 2, 1));
    assertThat(caseNotes.lastMetPersonally(data.child("Ei", "Tavattu"))).isEmpty();
  }

  @Test
  void meetingWithoutTheGuardiansConsentNeedsTheReasonAndAPersonalMeeting() throws Exception {
    String refused =
        body(entry("/new", Map.of("withoutGuardianConsent", "true", "metPersonally", "NO")), 422);
    assertThat(refused)
        .contains("Lomakkeessa on 2 korjattavaa kohtaa")
        .contains("Tapaaminen ilman huoltajan suostumusta voidaan merkitä vain, jos lapsi tavattiin henkilökohtaisesti.")
        .contains("Kirjoita, miksi lapsi tavattiin ilman huoltajan suostumusta.")
        .contains(">Kotikäynti. Lapsi esitteli huonettaan.</textarea>");

    UUID id = record(Map.of("withoutGuardianConsent", "true", "withoutConsentReason", "Lapsi pyysi tavata koululla yksin."));
    assertThat(notesPage()).contains("Tavattu ilman huoltajan suostumusta, perustelut", "Lapsi pyysi tavata koululla yksin.");
    assertThat(jdbc.queryForObject("select without_guardian_consent from case_note where id = ?", Boolean.class, id)).isTrue();
  }

  @Test
  void aContactInTheFutureOrWithoutItsDetailsIsRefusedAndNothingIsStored() throws Exception {
    String refused =
        body(entry("/new", Map.of("contactAt", "2026-03-10T15:00", "kind", "", "participants", "", "notes", "")), 422);

    assertThat(refused)
        .contains("Lomakkeessa on 4 korjattavaa kohtaa")
        .contains("href=\"#contactAt\"", "Yhteydenpidon ajankohta ei voi olla tulevaisuudessa.")
        .contains("href=\"#kind\"", "href=\"#participants\"", "href=\"#notes\"")
        .contains("value=\"2026-03-10T15:00\"");
    assertThat(jdbc.queryForObject("select count(*) from case_note where child_id = ?", Integer.class, child)).isZero();
  }

  @Test
  void someoneWithoutARelationshipToTheChildIsRefusedAndTheRefusalIsLogged() throws Exception {
    mvc.perform(get(url("")).with(user(as("family.worker")))).andExpect(status().isForbidden());
    mvc.perform(entry("/new", Map.of()).with(user(as("family.worker")))).andExpect(status().isForbidden());

    assertThat(jdbc.queryForObject("select count(*) from case_note where child_id = ?", Integer.class, child)).isZero();
    assertThat(
            jdbc.queryForList(
                "select action from access_log where outcome = 'DENIED' and client_ids @> array[?::uuid] order by id",
                String.class, child.toString()))
        .containsExactly("CHILD_RECORDS_VIEW", "CHILD_RECORDS_WRITE");
  }

  @Test
  void readsAndWritesOfTheCaseNotesAreInTheAccessLogWithTheChild() throws Exception {
    UUID id = record(Map.of());
    notesPage();

    assertThat(
            jdbc.queryForList(
                "select action || ' ' || target_type || ' ' || target_id || ' ' || purpose from access_log"
                    + " where client_ids = array[?::uuid] and outcome = 'PERMITTED' order by id",
                String.class, child.toString()))
        .containsExactly(
            "CHILD_RECORDS_WRITE case_note " + id + " CLIENT_SERVICE",
            "CHILD_RECORDS_VIEW case_notes " + child + " CLIENT_SERVICE");
  }
}
