package fi.verso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class CitizenNotificationFormTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  MockHttpServletRequestBuilder anonymousNotification(String key, String address) {
    return anonymousNotification(key, address, "491");
  }

  MockHttpServletRequestBuilder anonymousNotification(String key, String address, String municipality) {
    return anonymousNotification(key, address, municipality, "Testikatu " + key);
  }

  /** {@code childAddress} makes the content distinct: identical content is treated as a resend. */
  MockHttpServletRequestBuilder anonymousNotification(
      String key, String address, String municipality, String childAddress) {
    return post("/citizen/notification")
        .with(csrf())
        .with(r -> {
          r.setRemoteAddr(address);
          return r;
        })
        .param("submissionKey", key)
        .param("reporterType", "PRIVATE_PERSON")
        .param("reporterAnonymous", "true")
        .param("childFirstName", "Ella")
        .param("childLastName", "Esimerkki")
        .param("childAge", "6")
        .param("childMunicipality", municipality)
        .param("childAddress", childAddress)
        .param("childKnows", "NO")
        .param("guardiansKnow", "UNKNOWN")
        .param("concern", "Lapsi on ollut useana iltana yksin pihalla myöhään.");
  }

  Map<String, Object> matterBySubmissionKey(String key) {
    return jdbc.queryForMap("select * from intake_matter where submission_key = ?::uuid", key);
  }

  @Test
  void theFormSaysWhereToTurnInAcuteDangerBeforeTheFormStarts() throws Exception {
    String html = mvc.perform(get("/citizen/notification")).andReturn().getResponse().getContentAsString();
    assertThat(html.indexOf("112")).isPositive().isLessThan(html.indexOf("<form method=\"post\""));
  }

  @Test
  void anAnonymousNotificationIsStoredOnTheClockAndAcknowledgedWithAReference() throws Exception {
    clock.set(ZonedDateTime.parse("2026-03-03T21:30:00+02:00[Europe/Helsinki]"));
    String key = UUID.randomUUID().toString();
    MvcResult result = mvc.perform(anonymousNotification(key, "10.0.0.1")).andExpect(status().is3xxRedirection()).andReturn();

    Map<String, Object> matter = matterBySubmissionKey(key);
    assertThat(matter.get("kind")).isEqualTo("CHILD_WELFARE_NOTIFICATION");
    assertThat(matter.get("channel")).isEqualTo("ELECTRONIC");
    assertThat(matter.get("reporter_anonymous")).isEqualTo(true);
    assertThat(matter.get("reporter_name")).isNull();
    assertThat(matter.get("assessment_start_due").toString()).isEqualTo("2026-03-12");
    assertThat(matter.get("assessment_completion_due").toString()).isEqualTo("2026-06-03");

    String receipt = result.getResponse().getRedirectedUrl();
    String page = mvc.perform(get(receipt)).andReturn().getResponse().getContentAsString();
    assertThat(page).contains((String) matter.get("reference")).contains("seitsemäntenä arkipäivänä");
    assertThat(page).doesNotContain("Ella");
  }

  @Test
  void aRepeatedSubmitOfTheSameFormCreatesOneMatter() throws Exception {
    String key = UUID.randomUUID().toString();
    String first = mvc.perform(anonymousNotification(key, "10.0.0.2")).andReturn().getResponse().getRedirectedUrl();
    String second = mvc.perform(anonymousNotification(key, "10.0.0.2")).andReturn().getResponse().getRedirectedUrl();
    assertThat(second).isEqualTo(first);
    assertThat(jdbc.queryForObject("select count(*) from intake_matter where submission_key = ?::uuid", Integer.class, key))
        .isEqualTo(1);
  }

  @Test
  void goingBackAndSendingTheSameContentAgainWithANewFormCreatesOneMatter() throws Exception {
    String key = UUID.randomUUID().toString();
    String first = mvc.perform(anonymousNotification(key, "10.0.0.7")).andReturn().getResponse().getRedirectedUrl();
    MockHttpServletRequestBuilder resend =
        anonymousNotification(UUID.randomUUID().toString(), "10.0.0.7", "491", "Testikatu " + key);
    String second = mvc.perform(resend).andReturn().getResponse().getRedirectedUrl();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aMandatedReporterWhoLeavesOutTheOrganisationSeesTheErrorAndLosesNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    String html =
        mvc.perform(
                post("/citizen/notification")
                    .with(csrf())
                    .param("submissionKey", key)
                    .param("reporterType", "MANDATED_REPORTER")
                    .param("reporterName", "Olli Opettaja")
                    .param("reporterProfession", "luokanopettaja")
                    .param("reporterEmail", "olli@koulu.example")
                    .param("childFirstName", "Ella")
                    .param("childBirthDate", "2016-05-01")
                    .param("childKnows", "YES")
                    .param("guardiansKnow", "NO")
                    .param("concern", "Oppilas kertoi pelkäävänsä kotiin menoa."))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("Valitse toimiala, jolla teet ilmoituksen.")
        .contains("value=\"Olli Opettaja\"")
        .contains("value=\"luokanopettaja\"")
        .contains("value=\"olli@koulu.example\"")
        .contains("Oppilas kertoi pelkäävänsä kotiin menoa.</textarea>")
        .contains("name=\"submissionKey\" value=\"" + key + "\"");
    assertThat(jdbc.queryForObject("select count(*) from intake_matter where submission_key = ?::uuid", Integer.class, key))
        .isZero();
  }

  @Test
  void errorsAreShownInTheUsersLanguage() throws Exception {
    String html =
        mvc.perform(post("/citizen/notification").with(csrf()).param("lang", "sv").param("submissionKey", UUID.randomUUID().toString()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("lang=\"sv\"").contains("Formuläret har");
  }

  @Test
  void theMatterGoesToTheTeamServingTheChildsMunicipalityElseToTheDefaultIntakeTeam() throws Exception {
    UUID county = jdbc.queryForObject("select id from county where code = 'etela-savo'", UUID.class);
    UUID areaTeam = UUID.randomUUID();
    jdbc.update(
        "insert into team (id, county_id, kind, name_fi, name_sv, name_en) values (?, ?, 'INTAKE', 'Juva', 'Jockas', 'Juva')",
        areaTeam, county);
    jdbc.update("insert into team_municipality (team_id, municipality_code) values (?, '178')", areaTeam);
    UUID defaultTeam = jdbc.queryForObject("select id from team where county_id = ? and default_intake", UUID.class, county);

    String juva = UUID.randomUUID().toString();
    mvc.perform(anonymousNotification(juva, "10.0.0.3", "178"));
    String unknown = UUID.randomUUID().toString();
    mvc.perform(anonymousNotification(unknown, "10.0.0.3", ""));

    assertThat(matterBySubmissionKey(juva).get("team_id")).isEqualTo(areaTeam);
    assertThat(matterBySubmissionKey(unknown).get("team_id")).isEqualTo(defaultTeam);
  }

  @Test
  void anotherCountysMunicipalityIsRefused() throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(anonymousNotification(key, "10.0.0.4", "049"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void theSubmissionWritesAnAccessLogRowInTheSameTransaction() throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(anonymousNotification(key, "10.0.0.5"));
    UUID id = (UUID) matterBySubmissionKey(key).get("id");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from access_log where action = 'INTAKE_SUBMIT' and target_id = ? and purpose = 'INTAKE'",
                Integer.class,
                id.toString()))
        .isEqualTo(1);
  }

  @Test
  void aFormFilledByABotIsRefusedAndStoresNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    mvc.perform(anonymousNotification(key, "10.0.0.6").param("website", "http://spam.example"))
        .andExpect(status().isBadRequest());
    assertThat(jdbc.queryForObject("select count(*) from intake_matter where submission_key = ?::uuid", Integer.class, key))
        .isZero();
  }

  @Test
  void manySubmissionsFromOneAddressAreSlowedDownWithoutLosingTheText() throws Exception {
    for (int i = 0; i < SubmissionRateLimit.MAX_PER_HOUR; i++) {
      mvc.perform(anonymousNotification(UUID.randomUUID().toString(), "10.9.9.9")).andExpect(status().is3xxRedirection());
    }
    String html =
        mvc.perform(anonymousNotification(UUID.randomUUID().toString(), "10.9.9.9"))
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Lapsi on ollut useana iltana yksin pihalla myöhään.</textarea>");
    mvc.perform(anonymousNotification(UUID.randomUUID().toString(), "10.9.9.10")).andExpect(status().is3xxRedirection());
  }
}
