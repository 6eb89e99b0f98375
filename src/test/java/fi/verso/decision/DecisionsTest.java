package fi.verso.decision;

import static fi.verso.decision.DecisionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.employee.DemoUsers;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.organisation.Organisation;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class DecisionsTest {
  /** Thursday 5 March 2026, mid-morning in Finland. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired EmployeeDirectory employeeDirectory;
  @Autowired Organisation organisation;

  DecisionFixtures data;
  UUID team;
  UUID socialWorker = DemoUsers.demoId("social.worker");

  /** A child in a child welfare client relationship with the demo social worker, and the child's guardians. */
  record Family(UUID child, String childName, List<UUID> guardians, List<String> guardianNames) {}

  @BeforeEach
  void setUp() {
    clock.set(ZonedDateTime.of(TODAY.atTime(10, 0), ZoneId.of("Europe/Helsinki")));
    data = new DecisionFixtures(jdbc, organisation.currentCounty().id());
    team = data.defaultTeam();
  }

  private Family family(LocalDate childBorn, int guardians, String kind) {
    String last = unique("Virtanen");
    UUID child = data.person("Äijä", last, childBorn, "fi");
    List<String> names = List.of("Maija " + last, "Matti " + last).subList(0, guardians);
    List<UUID> ids = names.stream().map(n -> data.person(n.split(" ")[0], last, LocalDate.of(1985, 1, 1), "fi")).toList();
    ids.forEach(g -> data.guardian(child, g));
    data.relationship(child, kind, team, socialWorker, null);
    return new Family(child, "Äijä " + last, ids, names);
  }

  private Family family(LocalDate childBorn) {
    return family(childBorn, 2, "CHILD_WELFARE");
  }

  private UserDetails as(String username) {
    return employeeDirectory.loadUserByUsername(username);
  }

  private MockHttpServletRequestBuilder postAs(String username, String url) {
    return post(url).with(user(as(username))).with(csrf());
  }

  private static String base(UUID child) {
    return "/employee/children/" + child + "/decisions";
  }

  private String page(String username, String url) throws Exception {
    return HtmlUtils.htmlUnescape(
        mvc.perform(get(url).with(user(as(username))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private MockHttpServletRequestBuilder draftForm(MockHttpServletRequestBuilder request, String measure, String language) {
    return draftForm(request, measure, language, Map.of());
  }

  /** The draft form filled in as a worker would, with some fields typed otherwise. */
  private MockHttpServletRequestBuilder draftForm(
      MockHttpServletRequestBuilder request, String measure, String language, Map<String, String> otherwise) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("decisionType", "GRANT");
    fields.put("decisionMeasure", measure);
    fields.put("decisionLanguage", language);
    fields.put("decisionStartsOn", "2026-04-01");
    fields.put("decisionEndsOn", "2026-09-30");
    fields.put("decisionGoals", "Arjen rytmi löytyy.");
    fields.put("decisionReasons", "Perheen tilanne on kuormittunut.");
    fields.put("decisionDepartsFromPlan", "NO");
    fields.put("decisionContactPerson", socialWorker.toString());
    fields.put("decisionContactDetails", "puh. 040 000 0000");
    fields.put("version", "0");
    fields.putAll(otherwise);
    fields.forEach(request::param);
    return request;
  }

  private UUID draft(Family f, String measure, String language) throws Exception {
    MvcResult result =
        mvc.perform(draftForm(postAs("social.worker", base(f.child())), measure, language))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    return UUID.fromString(location.substring(base(f.child()).length() + 1, location.indexOf('?')));
  }

  private UUID draft(Family f) throws Exception {
    return draft(f, "INTENSIFIED_FAMILY_WORK", "FI");
  }

  private String decisionUrl(Family f, UUID decision) {
    return base(f.child()) + "/" + decision;
  }

  private void consent(Family f, UUID decision, UUID person, String answer) throws Exception {
    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/consents")
                .param("decisionConsentPerson", person.toString())
                .param("decisionConsentGiven", answer)
                .param("decisionConsentOn", "2026-03-02")
                .param("decisionConsentMethod", "IN_PERSON"))
        .andExpect(status().is3xxRedirection());
  }

  private void hear(Family f, UUID decision, UUID person) throws Exception {
    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/hearings")
                .param("decisionHearingPerson", person.toString())
                .param("decisionHearingKind", "HEARD")
                .param("decisionHearingOn", "2026-03-03")
                .param("decisionHearingMethod", "IN_PERSON")
                .param("decisionHearingViews", "Pitää perhetyötä hyvänä ajatuksena."))
        .andExpect(status().is3xxRedirection());
  }

  /** Every guardian consents and is heard. */
  private void guardiansAgree(Family f, UUID decision) throws Exception {
    for (UUID g : f.guardians()) {
      consent(f, decision, g, "GIVEN");
      hear(f, decision, g);
    }
  }

  private MvcResult decide(String username, Family f, UUID decision) throws Exception {
    return mvc.perform(postAs(username, decisionUrl(f, decision) + "/decide")).andReturn();
  }

  private UUID decided(Family f, String measure, String language) throws Exception {
    UUID decision = draft(f, measure, language);
    guardiansAgree(f, decision);
    assertThat(decide("social.worker", f, decision).getResponse().getStatus()).isEqualTo(302);
    return decision;
  }

  private Map<String, Object> row(UUID decision) {
    return jdbc.queryForMap("select * from decision where id = ?", decision);
  }

  private static String text(MvcResult result) throws Exception {
    return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
  }

  private String pdfText(String username, String url) throws Exception {
    MvcResult result = mvc.perform(get(url).with(user(as(username)))).andExpect(status().isOk()).andReturn();
    assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
    return pdfText(result.getResponse().getContentAsByteArray());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // Consent

  @Test
  void aGuardianWhoRefusesConsentBlocksTheGrant() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = draft(f);
    consent(f, decision, f.guardians().get(0), "GIVEN");
    consent(f, decision, f.guardians().get(1), "REFUSED");
    f.guardians().forEach(g -> rethrow(() -> hear(f, decision, g)));

    MvcResult refused = decide("social.worker", f, decision);

    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(refused))
        .contains("Suostumuksesta on kieltäydytty: " + f.guardianNames().get(1) + ". Tukitoimea ei voi myöntää.");
    assertThat(row(decision)).containsEntry("state", "DRAFT").containsEntry("reference", null);
  }

  @Test
  void thePageNamesTheGuardianWhoseConsentIsMissingAndDecidingIsRefusedWithTheSameWords() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = draft(f);
    consent(f, decision, f.guardians().get(0), "GIVEN");
    f.guardians().forEach(g -> rethrow(() -> hear(f, decision, g)));
    String missing = "Suostumus puuttuu: " + f.guardianNames().get(1) + ".";

    assertThat(page("social.worker", decisionUrl(f, decision))).contains(missing).contains("Päätöstä ei voi vielä tehdä");
    MvcResult refused = decide("social.worker", f, decision);

    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(refused)).contains(missing).contains("href=\"#decisionConsents\"");
    assertThat(row(decision)).containsEntry("state", "DRAFT");
  }

  @Test
  void aChildOfElevenOnTheDecisionDateNeedNotConsentOrBeHeardSeparately() throws Exception {
    Family f = family(TODAY.minusYears(12).plusDays(1));
    UUID decision = draft(f);
    guardiansAgree(f, decision);

    assertThat(decide("social.worker", f, decision).getResponse().getStatus()).isEqualTo(302);
    assertThat(row(decision)).containsEntry("state", "DECIDED");
  }

  @Test
  void aChildWhoIsTwelveOnTheDecisionDateMustConsentAndBeHeardSeparately() throws Exception {
    Family f = family(TODAY.minusYears(12));
    UUID decision = draft(f);
    guardiansAgree(f, decision);

    MvcResult refused = decide("social.worker", f, decision);

    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(refused))
        .contains("Suostumus puuttuu: " + f.childName() + ".")
        .contains("Kuuleminen puuttuu: " + f.childName() + ".");

    consent(f, decision, f.child(), "GIVEN");
    hear(f, decision, f.child());
    assertThat(decide("social.worker", f, decision).getResponse().getStatus()).isEqualTo(302);
  }

  @Test
  void anShlServiceIsGrantedWithoutConsentButAnOpenCareMeasureNeedsAChildWelfareClient() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1), 1, "SHL_SPECIAL_SUPPORT");

    MvcResult openCare =
        mvc.perform(draftForm(postAs("social.worker", base(f.child())), "INTENSIFIED_FAMILY_WORK", "FI")).andReturn();
    assertThat(openCare.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(openCare))
        .contains("Lastensuojelun avohuollon tukitoimesta voi päättää vain lastensuojelun asiakkaana olevalle lapselle.")
        .contains("Arjen rytmi löytyy.");

    UUID familyWork = draft(f, "FAMILY_WORK", "FI");
    hear(f, familyWork, f.guardians().getFirst());
    assertThat(page("social.worker", decisionUrl(f, familyWork))).contains("Tähän päätökseen ei tarvita erillistä suostumusta.");
    assertThat(decide("social.worker", f, familyWork).getResponse().getStatus()).isEqualTo(302);
  }

  @Test
  void theDraftFormShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));

    MvcResult result =
        mvc.perform(
                draftForm(
                    postAs("social.worker", base(f.child())),
                    "INTENSIFIED_FAMILY_WORK",
                    "FI",
                    Map.of("decisionReasons", "", "decisionStartsOn", "31.2.2026", "decisionDepartsFromPlan", "YES")))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(result))
        .contains("Lomakkeessa on")
        .contains("Kirjoita päätöksen perustelut.")
        .contains("Kirjoita päivämäärä muodossa 5.3.2026.")
        .contains("Perustele poikkeaminen asiakassuunnitelmasta.")
        .contains("Arjen rytmi löytyy.")
        .contains("value=\"31.2.2026\"");
    assertThat(jdbc.queryForObject("select count(*) from decision where child_id = ?", Integer.class, f.child())).isZero();
  }

  // -----------------------------------------------------------------------------------------------------------
  // Deciding, sending, appeal

  @Test
  void decidingGivesANumberAndRecordsEveryStepOfTheDecision() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");

    Map<String, Object> row = row(decision);
    assertThat(row).containsEntry("state", "DECIDED").containsEntry("decided_by", socialWorker);
    assertThat((String) row.get("reference")).matches("2026-\\d{4}");
    assertThat(row.get("decided_on").toString()).isEqualTo("2026-03-05");
    assertThat(jdbc.queryForList(
            "select coalesce(from_state, '-') || '>' || to_state from decision_state_history where decision_id = ? order by id",
            String.class, decision))
        .containsExactly("->DRAFT", "DRAFT>DECIDED");
    assertThat(page("social.worker", decisionUrl(f, decision)))
        .contains("Päätös " + row.get("reference") + ": Tehostettu perhetyö")
        .contains("Päätetty")
        .doesNotContain("Tee päätös");
  }

  @Test
  void aLetterSentByPostIsReceivedOnTheSeventhDayAndTheAppealDeadlineFollows() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");

    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/sent")
                .param("decisionSentChannel", "LETTER")
                .param("decisionSentOn", "2026-03-05"))
        .andExpect(status().is3xxRedirection());

    assertThat(row(decision))
        .containsEntry("state", "SENT")
        .containsEntry("notification_on", java.sql.Date.valueOf("2026-03-12"))
        // 12.3. + 30 days is Saturday 11.4.2026: the appeal can still be made on Monday.
        .containsEntry("appeal_until", java.sql.Date.valueOf("2026-04-13"));
    assertThat(page("social.worker", decisionUrl(f, decision)))
        .contains("Tiedoksisaantipäivä</dt><dd>12.3.2026")
        .contains("Muutoksenhaku viimeistään</dt><dd>13.4.2026");
    assertThat(pdfText("social.worker", decisionUrl(f, decision) + "/letter.pdf"))
        .contains("Päätös on lähetetty tavallisena kirjeenä 5.3.2026.")
        .contains("Tämän päätöksen tiedoksisaantipäivä on 12.3.2026, ja muutosta on haettava viimeistään 13.4.2026.");
  }

  @Test
  void anElectronicMessageIsReceivedOnTheThirdDayEvenOnASunday() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "SUPPORT_PERSON", "FI");

    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/sent")
                .param("decisionSentChannel", "ELECTRONIC")
                .param("decisionSentOn", "2026-03-05"))
        .andExpect(status().is3xxRedirection());

    assertThat(row(decision))
        .containsEntry("notification_on", java.sql.Date.valueOf("2026-03-08"))
        .containsEntry("appeal_until", java.sql.Date.valueOf("2026-04-07"));
  }

  @Test
  void aDecisionCannotBeSentBeforeItWasMadeNorSentTwice() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "SUPPORT_PERSON", "FI");

    MvcResult early =
        mvc.perform(
                postAs("social.worker", decisionUrl(f, decision) + "/sent")
                    .param("decisionSentChannel", "LETTER")
                    .param("decisionSentOn", "2026-03-04"))
            .andReturn();
    assertThat(early.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(early)).contains("Lähetyspäivä ei voi olla ennen päätöspäivää.");

    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/sent")
                .param("decisionSentChannel", "LETTER")
                .param("decisionSentOn", "2026-03-05"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/sent")
                .param("decisionSentChannel", "ELECTRONIC")
                .param("decisionSentOn", "2026-03-05"))
        .andExpect(status().isConflict());
    assertThat(row(decision)).containsEntry("delivery_channel", "LETTER");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Letters

  @Test
  void theFinnishLetterReadsBackWithTheRequestForCorrectionToTheCounty() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");
    String reference = (String) row(decision).get("reference");

    String text = pdfText("social.worker", decisionUrl(f, decision) + "/letter.pdf");

    assertThat(text)
        .contains("PÄÄTÖS", "Päivämäärä: 5.3.2026", "Asianumero: " + reference)
        .contains("Vastaanottaja " + f.guardianNames().get(0) + ", " + f.guardianNames().get(1))
        .contains(f.childName() + ", syntynyt 1.6.2018")
        .contains("Lapselle myönnetään tukitoimi: tehostettu perhetyö.")
        .contains("Perheen tilanne on kuormittunut.")
        .contains("Pitää perhetyötä hyvänä ajatuksena.")
        .contains("Lastensuojelulaki (417/2007) 36 §")
        .contains("Sami Sosiaalityö (demo), Sosiaalityöntekijä")
        .contains("Oikaisuvaatimusohje", "Yksilöasioiden jaosto, Etelä-Savon sosiaali- ja terveyspalvelujen kuntayhtymä")
        .contains("Itä-Suomen hallinto-oikeus")
        .doesNotContain("LUONNOS", "suoraan hallinto-oikeuteen");
  }

  @Test
  void aDecisionInSwedishHasASwedishLetter() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "FAMILY_REHABILITATION", "SV");

    String text = pdfText("social.worker", decisionUrl(f, decision) + "/letter.pdf");

    assertThat(text)
        .contains("BESLUT", "Datum: 5.3.2026", "Samkommunen för social- och hälsovårdstjänster i Södra Savolax")
        .contains("Barnet beviljas stödåtgärden: familjerehabilitering.")
        .contains("Barnskyddslagen (417/2007) 36 §")
        .contains("Anvisning för begäran om omprövning", "Östra Finlands förvaltningsdomstol")
        .doesNotContain("PÄÄTÖS", "Oikaisuvaatimusohje");
  }

  @Test
  void aNewDraftIsInTheChildsLanguage() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    jdbc.update("update person set language = 'sv' where id = ?", f.child());

    assertThat(page("social.worker", base(f.child()) + "/new"))
        .contains("id=\"decisionLanguage-SV\" name=\"decisionLanguage\" value=\"SV\" checked");
  }

  @Test
  void aChildOfTwelveGetsALetterOfTheirOwnAndAYoungerChildDoesNot() throws Exception {
    Family twelve = family(TODAY.minusYears(13));
    UUID decision = draft(twelve);
    guardiansAgree(twelve, decision);
    consent(twelve, decision, twelve.child(), "GIVEN");
    hear(twelve, decision, twelve.child());
    assertThat(decide("social.worker", twelve, decision).getResponse().getStatus()).isEqualTo(302);

    assertThat(page("social.worker", decisionUrl(twelve, decision))).contains("Lapsen oma kappale (PDF)");
    assertThat(pdfText("social.worker", decisionUrl(twelve, decision) + "/letter.pdf?recipient=child"))
        .contains("Vastaanottaja (lapsen oma kappale) " + twelve.childName())
        .contains("Tämä on sinun oma kappaleesi päätöksestä, joka koskee sinua.")
        .contains("Lapsi, joka on täyttänyt 12 vuotta, voi hakea muutosta itse");

    Family younger = family(TODAY.minusYears(9));
    UUID other = decided(younger, "INTENSIFIED_FAMILY_WORK", "FI");
    assertThat(page("social.worker", decisionUrl(younger, other))).doesNotContain("Lapsen oma kappale");
    mvc.perform(get(decisionUrl(younger, other) + "/letter.pdf?recipient=child").with(user(as("social.worker"))))
        .andExpect(status().isNotFound());
  }

  // -----------------------------------------------------------------------------------------------------------
  // A decided decision does not change

  @Test
  void theDatabaseRefusesToChangeOrDeleteADecidedDecisionOrItsConsents() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");

    assertThatThrownBy(() -> jdbc.update("update decision set reasons = 'toinen' where id = ?", decision))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("its content cannot be changed");
    assertThatThrownBy(() -> jdbc.update("update decision set state = 'DRAFT' where id = ?", decision))
        .hasMessageContaining("cannot go from DECIDED to DRAFT");
    assertThatThrownBy(() -> jdbc.update("delete from decision_consent where decision_id = ?", decision))
        .hasMessageContaining("cannot change");
    assertThatThrownBy(() -> jdbc.update("delete from decision where id = ?", decision))
        .hasMessageContaining("cannot be deleted");
    assertThatThrownBy(
            () -> jdbc.update(
                """
                insert into decision_hearing (decision_id, person_id, role, heard, heard_on, method, views, recorded_by)
                values (?, ?, 'GUARDIAN', true, date '2026-03-05', 'PHONE', 'myöhemmin', ?)
                """,
                decision, f.guardians().getFirst(), socialWorker))
        .hasMessageContaining("cannot change");
    assertThat(row(decision)).containsEntry("reasons", "Perheen tilanne on kuormittunut.");
  }

  @Test
  void theApplicationRefusesToChangeADecidedDecisionAndOffersToReplaceIt() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");

    MvcResult edit =
        mvc.perform(
                draftForm(
                    postAs("social.worker", decisionUrl(f, decision)),
                    "INTENSIFIED_FAMILY_WORK",
                    "FI",
                    Map.of("decisionReasons", "Muutettu jälkikäteen.", "version", row(decision).get("version").toString())))
            .andReturn();
    assertThat(edit.getResponse().getStatus()).isEqualTo(409);
    assertThat(text(edit)).contains("Päätös on jo tehty, eikä sitä voi muuttaa.");
    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/consents")
                .param("decisionConsentPerson", f.guardians().getFirst().toString())
                .param("decisionConsentGiven", "REFUSED")
                .param("decisionConsentOn", "2026-03-05")
                .param("decisionConsentMethod", "PHONE"))
        .andExpect(status().isConflict());
    mvc.perform(get(decisionUrl(f, decision) + "/edit").with(user(as("social.worker"))))
        .andExpect(status().is3xxRedirection());
    assertThat(decide("social.worker", f, decision).getResponse().getStatus()).isEqualTo(409);
    assertThat(row(decision)).containsEntry("reasons", "Perheen tilanne on kuormittunut.");
    assertThat(page("social.worker", decisionUrl(f, decision))).contains("Tee uusi päätös, joka korvaa tämän");
  }

  @Test
  void aNewDecisionReplacesTheOldOneWhichStaysAsItWas() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID first = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");
    String firstReference = (String) row(first).get("reference");

    assertThat(page("social.worker", base(f.child()) + "/new?replaces=" + first))
        .contains("Tämä päätös korvaa päätöksen " + firstReference + ".");
    MvcResult created =
        mvc.perform(
                draftForm(
                    postAs("social.worker", base(f.child())),
                    "INTENSIFIED_FAMILY_WORK",
                    "FI",
                    Map.of("decisionType", "END", "decisionEndsOn", "2026-05-31", "decisionReplaces", first.toString())))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    UUID second = UUID.fromString(location.substring(base(f.child()).length() + 1, location.indexOf('?')));
    f.guardians().forEach(g -> rethrow(() -> hear(f, second, g)));
    assertThat(decide("social.worker", f, second).getResponse().getStatus()).isEqualTo(302);

    assertThat(row(second)).containsEntry("replaces_id", first);
    assertThat(row(first)).containsEntry("state", "DECIDED").containsEntry("reasons", "Perheen tilanne on kuormittunut.");
    assertThat(page("social.worker", base(f.child())))
        .contains("korvattu päätöksellä " + row(second).get("reference"));
    MvcResult again =
        mvc.perform(
                draftForm(
                    postAs("social.worker", base(f.child())),
                    "INTENSIFIED_FAMILY_WORK",
                    "FI",
                    Map.of("decisionReplaces", first.toString())))
            .andReturn();
    assertThat(again.getResponse().getStatus()).isEqualTo(422);
    assertThat(text(again)).contains("Päätös on jo korvattu toisella päätöksellä.");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Placement reassessment

  @Test
  void aPlacementShowsItsReassessmentBeforeItIsDue() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = draft(f, "OPEN_CARE_PLACEMENT", "FI");
    guardiansAgree(f, decision);
    assertThat(decide("social.worker", f, decision).getResponse().getStatus()).isEqualTo(302);

    assertThat(page("social.worker", base(f.child()))).contains("Seuraava uudelleenarviointi viimeistään 1.7.2026.");

    clock.set(ZonedDateTime.of(LocalDate.of(2026, 6, 15).atTime(9, 0), ZoneId.of("Europe/Helsinki")));
    assertThat(page("social.worker", base(f.child()))).contains("Uudelleenarviointi lähestyy: tehtävä viimeistään 1.7.2026.");
    mvc.perform(
            postAs("social.worker", decisionUrl(f, decision) + "/reassessments")
                .param("decisionReassessedOn", "2026-06-15")
                .param("decisionReassessmentSummary", "Sijoitus jatkuu, tavoitteet ennallaan."))
        .andExpect(status().is3xxRedirection());
    assertThat(page("social.worker", decisionUrl(f, decision)))
        .contains("Seuraava uudelleenarviointi viimeistään 15.9.2026.")
        .contains("Sijoitus jatkuu, tavoitteet ennallaan.");

    clock.set(ZonedDateTime.of(LocalDate.of(2026, 9, 16).atTime(9, 0), ZoneId.of("Europe/Helsinki")));
    assertThat(page("social.worker", base(f.child()))).contains("Uudelleenarviointi on myöhässä: määräpäivä oli 15.9.2026.");
  }

  // -----------------------------------------------------------------------------------------------------------
  // Access

  @Test
  void everyReadAndWriteIsInTheAccessLogWithTheChild() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    long before = jdbc.queryForObject("select coalesce(max(id), 0) from access_log", Long.class);
    UUID decision = decided(f, "INTENSIFIED_FAMILY_WORK", "FI");
    page("social.worker", base(f.child()));
    page("social.worker", decisionUrl(f, decision));
    pdfText("social.worker", decisionUrl(f, decision) + "/letter.pdf");

    List<String> rows =
        jdbc.queryForList(
            """
            select action || ' ' || purpose || ' ' || target_type || ' ' || outcome from access_log
             where id > ? and actor_employee_id = ? and client_ids @> array[cast(? as uuid)] order by id
            """,
            String.class, before, socialWorker, f.child().toString());
    assertThat(rows)
        .contains(
            "DECISION_DRAFT CLIENT_SERVICE decision PERMITTED",
            "DECISION_MAKE CLIENT_SERVICE decision PERMITTED",
            "DECISION_VIEW CLIENT_SERVICE child PERMITTED",
            "DECISION_VIEW CLIENT_SERVICE decision PERMITTED",
            "DECISION_VIEW CLIENT_SERVICE decision_letter PERMITTED");
    // Created, two consents and two hearings.
    assertThat(rows.stream().filter(r -> r.startsWith("DECISION_DRAFT"))).hasSize(5);
  }

  @Test
  void aWorkerWithoutARelationshipToTheChildIsRefusedAndTheRefusalIsLogged() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID decision = draft(f);

    mvc.perform(get(base(f.child())).with(user(as("family.worker")))).andExpect(status().isForbidden());
    mvc.perform(get(decisionUrl(f, decision)).with(user(as("family.worker")))).andExpect(status().isForbidden());
    mvc.perform(get(decisionUrl(f, decision) + "/letter.pdf").with(user(as("family.worker"))))
        .andExpect(status().isForbidden());
    mvc.perform(draftForm(postAs("social.instructor", base(f.child())), "SUPPORT_PERSON", "FI"))
        .andExpect(status().isForbidden());
    mvc.perform(postAs("social.instructor", decisionUrl(f, decision) + "/decide")).andExpect(status().isForbidden());

    assertThat(jdbc.queryForObject(
            """
            select count(*) from access_log
             where actor_employee_id = ? and action = 'DECISION_VIEW' and outcome = 'DENIED' and client_ids @> array[cast(? as uuid)]
            """,
            Integer.class, DemoUsers.demoId("family.worker"), f.child().toString()))
        .isEqualTo(3);
    assertThat(row(decision)).containsEntry("state", "DRAFT");
  }

  @Test
  void theLeadOfTheResponsibleTeamMayDecideButAWorkerWhoIsNotAQualifiedSocialWorkerMayNot() throws Exception {
    Family led = family(LocalDate.of(2018, 6, 1));
    UUID decision = draft(led);
    guardiansAgree(led, decision);
    assertThat(page("team.lead", decisionUrl(led, decision))).contains("Tee päätös");
    assertThat(decide("team.lead", led, decision).getResponse().getStatus()).isEqualTo(302);
    assertThat(row(decision)).containsEntry("decided_by", DemoUsers.demoId("team.lead"));

    UUID unqualified = data.employee(team, "MEMBER", false, "SOCIAL_WORKER");
    String username = data.username(unqualified);
    Family f = family(LocalDate.of(2018, 6, 1));
    // The demo social worker stays on as the work pair and prepares the decision.
    jdbc.update(
        "update client_relationship set responsible_worker_id = ?, work_pair_id = ? where child_id = ?",
        unqualified, socialWorker, f.child());
    UUID draft = draft(f);
    guardiansAgree(f, draft);

    assertThat(page(username, decisionUrl(f, draft))).doesNotContain(">Tee päätös<");
    assertThat(decide(username, f, draft).getResponse().getStatus()).isEqualTo(403);
    assertThat(row(draft)).containsEntry("state", "DRAFT");
  }

  @Test
  void aWorkPairMayPrepareButNotDecide() throws Exception {
    Family f = family(LocalDate.of(2018, 6, 1));
    UUID pair = data.employee(team, "MEMBER", true, "SOCIAL_WORKER");
    jdbc.update("update client_relationship set work_pair_id = ? where child_id = ?", pair, f.child());
    UUID decision = draft(f);
    guardiansAgree(f, decision);

    mvc.perform(
            postAs(data.username(pair), decisionUrl(f, decision) + "/hearings")
                .param("decisionHearingPerson", f.guardians().getFirst().toString())
                .param("decisionHearingKind", "EXCEPTION")
                .param("decisionHearingGround", "CLAIM_GRANTED")
                .param("decisionHearingReason", "Huoltaja on itse pyytänyt perhetyötä."))
        .andExpect(status().is3xxRedirection());
    assertThat(decide(data.username(pair), f, decision).getResponse().getStatus()).isEqualTo(403);
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void rethrow(Step step) {
    try {
      step.run();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
