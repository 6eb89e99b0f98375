package fi.verso.intake;

import static fi.verso.intake.IntakeFixtures.helsinki;
import static fi.verso.intake.IntakeFixtures.id;
import static fi.verso.intake.IntakeFixtures.row;
import static fi.verso.intake.IntakeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.organisation.Organisation;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class IntakeMatterTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Intake intake;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;

  IntakeFixtures data;
  UUID team;
  EmployeePrincipal worker;
  EmployeePrincipal socialWorker;

  @BeforeEach
  void setUp() {
    data = new IntakeFixtures(jdbc, intake, clock, users, organisation);
    team = data.newTeam();
    worker = data.newEmployee(team, TeamRole.MEMBER, false, Role.INTAKE_WORKER);
    socialWorker = data.newEmployee(team, TeamRole.MEMBER, true, Role.SOCIAL_WORKER);
  }

  /** A notification to this test's team, received Tuesday 3.3.2026 10:00 (assessment due Thursday 12.3.2026). */
  private UUID notification() {
    UUID matter = data.notification(helsinki(2026, 3, 3, 10, 0), unique("Aada"), "Ahonen", LocalDate.of(2016, 1, 1));
    data.moveToTeam(matter, team);
    return matter;
  }

  private String page(UUID matter, EmployeePrincipal who) throws Exception {
    return page("/employee/intake/matters/" + matter, who);
  }

  private String page(String url, EmployeePrincipal who) throws Exception {
    return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private MockHttpServletRequestBuilder postAs(EmployeePrincipal who, String url) {
    return post(url).with(user(who)).with(csrf());
  }

  private Map<String, Object> decision(UUID matter) {
    return jdbc.queryForMap("select * from intake_assessment_decision where matter_id = ?", matter);
  }

  private String state(UUID matter) {
    return jdbc.queryForObject("select state from intake_matter where id = ?", String.class, matter);
  }

  private boolean decided(UUID matter) {
    return jdbc.queryForObject("select count(*) from intake_assessment_decision where matter_id = ?", Integer.class, matter) > 0;
  }

  @Test
  void matterPageShowsWhatWasReceivedAndTheClockAndLogsTheRead() throws Exception {
    UUID matter = notification();
    clock.set(helsinki(2026, 3, 12, 9, 0));

    String html = page(matter, worker);

    assertThat(html)
        .contains("Reija Naapuri", "040 123 4567", "Ahonen", "1.1.2016", "Äiti ja isä")
        .contains("Lapsi on ollut usein yksin kotona myöhään illalla.")
        .contains("3.3.2026 klo 10.00")
        .contains("Määräpäivä on tänään (12.3.2026)")
        .contains("3.6.2026")
        .contains("Kiireellisyyttä ei ole arvioitu")
        .contains("Asia vastaanotettu");
    assertThat(data.accessLog(worker)).containsExactly("INTAKE_MATTER_VIEW PERMITTED intake_matter " + matter);
  }

  @Test
  void anAnonymousReporterShowsAsAnonymous() throws Exception {
    UUID matter = data.anonymousNotification(helsinki(2026, 3, 3, 10, 0), unique("Bertta"));
    data.moveToTeam(matter, team);
    clock.set(helsinki(2026, 3, 4, 9, 0));

    String html = page(matter, worker);

    assertThat(html).contains("Ilmoittaja on nimetön").doesNotContain("Reija Naapuri");
  }

  @Test
  void aMemberOfAnotherTeamIsRefusedAndTheRefusalIsLogged() throws Exception {
    UUID matter = notification();
    EmployeePrincipal stranger = data.newEmployee(data.newTeam(), TeamRole.MEMBER, false, Role.INTAKE_WORKER);
    EmployeePrincipal noTeam = data.newEmployee(null, null, false, Role.ADMIN);
    clock.set(helsinki(2026, 3, 4, 9, 0));

    mvc.perform(get("/employee/intake/matters/" + matter).with(user(stranger))).andExpect(status().isForbidden());
    mvc.perform(postAs(stranger, "/employee/intake/matters/" + matter + "/urgency").param("urgent", "URGENT").param("measures", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/employee/intake/matters/" + matter).with(user(noTeam))).andExpect(status().isForbidden());

    assertThat(data.accessLog(stranger))
        .containsExactly(
            "INTAKE_MATTER_VIEW DENIED intake_matter " + matter, "INTAKE_MATTER_PROCESS DENIED intake_matter " + matter);
    assertThat(data.accessLog(noTeam)).containsExactly("INTAKE_MATTER_VIEW DENIED intake_matter " + matter);
    assertThat(jdbc.queryForObject("select count(*) from intake_urgency_assessment where matter_id = ?", Integer.class, matter))
        .isZero();
  }

  @Test
  void anUnknownMatterIsNotFound() throws Exception {
    mvc.perform(get("/employee/intake/matters/" + UUID.randomUUID()).with(user(worker))).andExpect(status().isNotFound());
  }

  @Test
  void urgencyIsRecordedOnceWithWhoAndWhen() throws Exception {
    UUID matter = notification();
    Instant assessedAt = helsinki(2026, 3, 3, 10, 20).toInstant();
    clock.set(assessedAt);

    mvc.perform(postAs(worker, "/employee/intake/matters/" + matter + "/urgency").param("urgent", "URGENT"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/urgency")
                .param("urgent", "URGENT")
                .param("measures", "Sosiaalipäivystys teki kotikäynnin samana päivänä."))
        .andExpect(redirectedUrl("/employee/intake/matters/" + matter + "?done=urgency"));
    clock.set(helsinki(2026, 3, 3, 11, 0));
    String again =
        mvc.perform(
                postAs(socialWorker, "/employee/intake/matters/" + matter + "/urgency")
                    .param("urgent", "NOT_URGENT")
                    .param("measures", "Toinen arvio."))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(again).contains("Kiireellisyys on jo arvioitu. Arviota ei voi kirjata toista kertaa.");
    Map<String, Object> row = jdbc.queryForMap("select * from intake_urgency_assessment where matter_id = ?", matter);
    assertThat(row.get("urgent")).isEqualTo(true);
    assertThat(row.get("measures")).isEqualTo("Sosiaalipäivystys teki kotikäynnin samana päivänä.");
    assertThat(row.get("assessed_by")).isEqualTo(id(worker));
    assertThat(((Timestamp) row.get("assessed_at")).toInstant()).isEqualTo(assessedAt);
    assertThat(data.events(matter)).containsExactly("RECEIVED null RECEIVED", "URGENCY_ASSESSED null null");
    assertThat(data.accessLog(worker)).contains("INTAKE_MATTER_PROCESS PERMITTED intake_matter " + matter);
    assertThat(page(matter, worker)).contains("Kiireellinen", "Sosiaalipäivystys teki kotikäynnin samana päivänä.", "3.3.2026 klo 10.20");
  }

  @Test
  void startAssignsAQualifiedSocialWorkerAndStopsTheClock() throws Exception {
    UUID matter = notification();
    // On the due date itself the decision is in time: no delay reason is asked.
    clock.set(helsinki(2026, 3, 12, 15, 0));
    assertThat(page(matter, worker))
        .contains("<option value=\"" + id(socialWorker) + "\"")
        .doesNotContain("<option value=\"" + id(worker) + "\"")
        .doesNotContain("name=\"delayReason\"");

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "START")
                .param("assignedWorker", id(worker).toString()))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "START")
                .param("assignedWorker", id(socialWorker).toString()))
        .andExpect(redirectedUrl("/employee/intake/matters/" + matter + "?done=decision"));

    assertThat(state(matter)).isEqualTo("ASSESSMENT_STARTED");
    Map<String, Object> d = decision(matter);
    assertThat(d.get("decision")).isEqualTo("START");
    assertThat(d.get("assigned_worker_id")).isEqualTo(id(socialWorker));
    assertThat(d.get("decided_by")).isEqualTo(id(worker));
    assertThat(d.get("decided_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 3, 12)));
    assertThat(d.get("delay_reason")).isNull();
    assertThat(data.events(matter)).contains("DECISION_START RECEIVED ASSESSMENT_STARTED");
    assertThat(data.accessLog(worker)).contains("INTAKE_MATTER_PROCESS PERMITTED intake_matter " + matter);

    String html = page(matter, worker);
    assertThat(html).contains("Päätös tehty 12.3.2026, määräajassa").doesNotContain("Määräpäivä on tänään");
    EmployeePrincipal lead = data.newEmployee(team, TeamRole.LEAD, true, Role.TEAM_LEAD, Role.SOCIAL_WORKER);
    String openQueue = page("/employee/intake", lead);
    assertThat(openQueue).doesNotContain(data.reference(matter));
    assertThat(page("/employee/intake?state=started", lead)).contains(data.reference(matter));

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "NOT_START")
                .param("notStartReason", "NO_NEED"))
        .andExpect(status().isConflict());
    assertThat(decision(matter).get("decision")).isEqualTo("START");
  }

  @Test
  void aLateDecisionWithoutADelayReasonIsRefusedAndWithOneAccepted() throws Exception {
    UUID matter = notification();
    // Friday 13.3.2026: one working day after the due date.
    clock.set(helsinki(2026, 3, 13, 9, 0));
    assertThat(page(matter, worker)).contains("name=\"delayReason\"").contains("Määräpäivä oli 12.3.2026.");

    String refused =
        mvc.perform(
                postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                    .param("decision", "NOT_START")
                    .param("notStartReason", "NO_NEED"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("Päätös tehdään määräajan jälkeen. Kirjaa viivästymisen syy.")
        .contains("href=\"#delayReason\"")
        // what was typed is kept
        .contains("id=\"notStartReason-NO_NEED\" name=\"notStartReason\" value=\"NO_NEED\" checked");
    assertThat(decided(matter)).isFalse();
    assertThat(state(matter)).isEqualTo("RECEIVED");

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "NOT_START")
                .param("notStartReason", "NO_NEED")
                .param("delayReason", "Ilmoitus kirjattiin myöhässä postin viivästyttyä."))
        .andExpect(status().is3xxRedirection());

    assertThat(state(matter)).isEqualTo("NOT_STARTED");
    assertThat(decision(matter).get("delay_reason")).isEqualTo("Ilmoitus kirjattiin myöhässä postin viivästyttyä.");
    assertThat(page(matter, worker)).contains("Päätös tehty 13.3.2026, 1 arkipäivä myöhässä");
  }

  @Test
  void notStartingForAnotherReasonNeedsAnExplanation() throws Exception {
    UUID matter = notification();
    clock.set(helsinki(2026, 3, 5, 9, 0));

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "NOT_START")
                .param("notStartReason", "OTHER"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "NOT_START")
                .param("notStartReason", "OTHER")
                .param("reasonText", "Sama huoli käsitellään jo perheneuvolassa."))
        .andExpect(status().is3xxRedirection());

    assertThat(state(matter)).isEqualTo("NOT_STARTED");
    assertThat(decision(matter)).containsEntry("not_start_reason", "OTHER").containsEntry("reason_text", "Sama huoli käsitellään jo perheneuvolassa.");
    assertThat(data.events(matter)).contains("DECISION_NOT_START RECEIVED NOT_STARTED");
  }

  @Test
  void aTransferNamesTheReceivingCounty() throws Exception {
    UUID matter = notification();
    clock.set(helsinki(2026, 3, 5, 9, 0));

    mvc.perform(postAs(worker, "/employee/intake/matters/" + matter + "/decision").param("decision", "TRANSFER"))
        .andExpect(status().isUnprocessableEntity());
    assertThat(decided(matter)).isFalse();
    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/decision")
                .param("decision", "TRANSFER")
                .param("transferCounty", "Pirkanmaan hyvinvointialue"))
        .andExpect(status().is3xxRedirection());

    assertThat(state(matter)).isEqualTo("TRANSFERRED");
    assertThat(decision(matter)).containsEntry("transfer_county", "Pirkanmaan hyvinvointialue");
    assertThat(data.events(matter)).contains("DECISION_TRANSFER RECEIVED TRANSFERRED");
  }

  @Test
  void theNoticeIsPrefilledInTheChosenLanguageAndNeverNamesTheReporter() throws Exception {
    UUID matter = notification();
    clock.set(helsinki(2026, 3, 5, 9, 0));

    String finnish = page(matter, worker);
    String swedish = page("/employee/intake/matters/" + matter + "?noticeLanguage=SV", worker);

    assertThat(finnish).contains("Sosiaalipalveluihin on tullut 3.3.2026 lastensuojeluilmoitus, joka koskee lasta.");
    assertThat(finnish).contains("Päätös palvelutarpeen arvioinnin aloittamisesta tehdään viimeistään 12.3.2026.");
    assertThat(swedish).contains("En barnskyddsanmälan som gäller barnet har kommit in till socialvården den 3.3.2026.");
    String body = swedish.substring(swedish.indexOf("<textarea id=\"noticeBody\""), swedish.indexOf("</textarea>", swedish.indexOf("<textarea id=\"noticeBody\"")));
    assertThat(body).doesNotContain("Reija", "Naapuri", "040 123 4567");

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/notices")
                .param("noticeLanguage", "SV")
                .param("noticeRecipient", "Vårdnadshavarna, per brev")
                .param("noticeBody", "Hej,\n\nEn barnskyddsanmälan har kommit in.")
                .param("noticeSentOn", "2026-03-05"))
        .andExpect(redirectedUrl("/employee/intake/matters/" + matter + "?done=notice"));
    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + matter + "/notices")
                .param("noticeLanguage", "FI")
                .param("noticeRecipient", "Huoltajat")
                .param("noticeBody", "Teksti")
                .param("noticeSentOn", "2026-03-06"))
        .andExpect(status().isUnprocessableEntity());

    Map<String, Object> notice = jdbc.queryForMap("select * from intake_notice where matter_id = ?", matter);
    assertThat(notice)
        .containsEntry("language", "sv")
        .containsEntry("recipient", "Vårdnadshavarna, per brev")
        .containsEntry("body", "Hej,\n\nEn barnskyddsanmälan har kommit in.")
        .containsEntry("sent_on", java.sql.Date.valueOf(LocalDate.of(2026, 3, 5)))
        .containsEntry("recorded_by", id(worker));
    assertThat(data.events(matter)).contains("NOTICE_RECORDED null null");
    assertThat(page(matter, worker)).contains("Lähetetty 5.3.2026: Vårdnadshavarna, per brev");
  }

  @Test
  void aSuggestedLinkIsConfirmedWithWhoAndWhenAndCannotBeDecidedTwice() throws Exception {
    String first = unique("Iida");
    UUID earlier = data.notification(helsinki(2026, 3, 2, 10, 0), first, "Ikonen", LocalDate.of(2012, 12, 12));
    UUID later = data.notification(helsinki(2026, 3, 3, 10, 0), first, "Ikonen", LocalDate.of(2012, 12, 12));
    data.moveToTeam(earlier, team);
    data.moveToTeam(later, team);
    Instant decidedAt = helsinki(2026, 3, 4, 8, 30).toInstant();
    clock.set(decidedAt);

    String html = page(earlier, worker);
    assertThat(row(html, data.reference(later))).contains("Ehdotettu", "Sama nimi ja syntymäaika", "Vahvista");

    mvc.perform(postAs(worker, "/employee/intake/matters/" + earlier + "/links/" + later + "/confirm"))
        .andExpect(redirectedUrl("/employee/intake/matters/" + earlier + "?done=link"));
    mvc.perform(postAs(worker, "/employee/intake/matters/" + later + "/links/" + earlier + "/reject"))
        .andExpect(status().isConflict());

    Map<String, Object> link =
        jdbc.queryForMap("select * from intake_matter_link where matter_id = ? and other_matter_id = ?", later, earlier);
    assertThat(link).containsEntry("status", "CONFIRMED").containsEntry("decided_by", id(worker));
    assertThat(((Timestamp) link.get("decided_at")).toInstant()).isEqualTo(decidedAt);
    assertThat(data.events(earlier)).contains("LINK_CONFIRMED null null");
    assertThat(row(page(later, worker), data.reference(earlier))).contains("Vahvistettu").doesNotContain("Hylkää");
  }

  @Test
  void aMatterRegisteredByPhoneKeepsTheTypedReceivedTimeAndTheClockCountsFromIt() throws Exception {
    EmployeePrincipal intakeWorker = data.principal("intake");
    clock.set(helsinki(2026, 3, 12, 14, 0));
    String form = page("/employee/intake/register/notification", intakeWorker);
    assertThat(form).contains("name=\"channel\"").contains("type=\"datetime-local\"").contains("action=\"/employee/intake/register/notification\"");
    String key = UUID.randomUUID().toString();

    var result =
        mvc.perform(
                postAs(intakeWorker, "/employee/intake/register/notification")
                    .param("submissionKey", key)
                    .param("channel", "PHONE")
                    .param("receivedAt", "2026-03-03T10:00")
                    .param("reporterType", "PRIVATE_PERSON")
                    .param("reporterName", "Paula Puhelin")
                    .param("reporterPhone", "040 111 2222")
                    .param("childFirstName", unique("Jaana"))
                    .param("childLastName", "Jokinen")
                    .param("childBirthDate", "2014-05-01")
                    .param("childKnows", "NO")
                    .param("guardiansKnow", "UNKNOWN")
                    .param("concern", "Soittaja kertoi lapsen olleen yöllä ulkona."))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    UUID matter =
        jdbc.queryForObject("select id from intake_matter where submission_key = ?", UUID.class, UUID.fromString(key));

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/employee/intake/matters/" + matter);
    Map<String, Object> row = data.matterRow(matter);
    assertThat(((Timestamp) row.get("received_at")).toInstant()).isEqualTo(helsinki(2026, 3, 3, 10, 0).toInstant());
    assertThat(row)
        .containsEntry("channel", "PHONE")
        .containsEntry("registered_by", id(intakeWorker))
        .containsEntry("assessment_start_due", java.sql.Date.valueOf(LocalDate.of(2026, 3, 12)))
        .containsEntry("assessment_completion_due", java.sql.Date.valueOf(LocalDate.of(2026, 6, 3)));
    assertThat(data.accessLog(intakeWorker)).contains("INTAKE_REGISTER PERMITTED intake_matter " + matter);
    assertThat(page(matter, intakeWorker)).contains("Puhelimitse", "3.3.2026 klo 10.00", "Määräpäivä on tänään (12.3.2026)");
  }

  @Test
  void aRegistrationWithAFutureReceivedTimeIsRefusedAndKeepsWhatWasTyped() throws Exception {
    EmployeePrincipal intakeWorker = data.principal("intake");
    clock.set(helsinki(2026, 3, 12, 14, 0));

    String html =
        mvc.perform(
                postAs(intakeWorker, "/employee/intake/register/notification")
                    .param("submissionKey", UUID.randomUUID().toString())
                    .param("channel", "PAPER")
                    .param("receivedAt", "2026-03-12T15:00")
                    .param("reporterType", "PRIVATE_PERSON")
                    .param("reporterName", "Paavo Paperi")
                    .param("reporterPhone", "040 333 4444")
                    .param("childFirstName", "Kalle")
                    .param("childBirthDate", "2014-05-01")
                    .param("childKnows", "NO")
                    .param("guardiansKnow", "NO")
                    .param("concern", "Kirje saapui postissa."))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("Vastaanottoaika ei voi olla tulevaisuudessa.").contains("value=\"2026-03-12T15:00\"").contains("Paavo Paperi");
  }

  @Test
  void aPrenatalNotificationCannotStartButIsConvertedIntoTheChildsMatterAfterTheBirth() throws Exception {
    UUID prenatal = data.prenatal(helsinki(2026, 3, 3, 10, 0));
    data.moveToTeam(prenatal, team);
    clock.set(helsinki(2026, 3, 5, 9, 0));
    String html = page(prenatal, worker);
    assertThat(html)
        .contains("value=\"NOT_START\"")
        .doesNotContain("value=\"START\"")
        .doesNotContain("value=\"TRANSFER\"")
        .contains("action=\"/employee/intake/matters/" + prenatal + "/conversion\"");

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + prenatal + "/decision")
                .param("decision", "START")
                .param("assignedWorker", id(socialWorker).toString()))
        .andExpect(status().isUnprocessableEntity());
    assertThat(decided(prenatal)).isFalse();

    Instant convertedAt = helsinki(2026, 5, 6, 13, 0).toInstant();
    clock.set(convertedAt);
    String lastName = unique("Lahtinen");
    String redirect =
        mvc.perform(
            postAs(worker, "/employee/intake/matters/" + prenatal + "/conversion")
                .param("childFirstName", "")
                .param("childLastName", lastName)
                .param("childBirthDate", "2026-05-04"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    UUID child =
        jdbc.queryForObject(
            "select matter_id from intake_matter_link where other_matter_id = ? and basis = 'PRENATAL_CONVERSION'", UUID.class, prenatal);
    Map<String, Object> row = data.matterRow(child);
    assertThat(row)
        .containsEntry("kind", "CHILD_WELFARE_NOTIFICATION")
        .containsEntry("state", "RECEIVED")
        .containsEntry("team_id", team)
        .containsEntry("child_last_name", lastName)
        .containsEntry("child_birth_date", java.sql.Date.valueOf(LocalDate.of(2026, 5, 4)))
        .containsEntry("reporter_name", "Kaija Kätilö")
        .containsEntry("registered_by", id(worker))
        .containsEntry("concern", data.matterRow(prenatal).get("concern"))
        // Wednesday 6.5.2026; Ascension Day 14.5.2026 is not a working day.
        .containsEntry("assessment_start_due", java.sql.Date.valueOf(LocalDate.of(2026, 5, 18)));
    assertThat(((Timestamp) row.get("received_at")).toInstant()).isEqualTo(convertedAt);
    assertThat(jdbc.queryForMap("select * from intake_matter_link where matter_id = ? and other_matter_id = ?", child, prenatal))
        .containsEntry("status", "CONFIRMED")
        .containsEntry("decided_by", id(worker));
    assertThat(state(prenatal)).isEqualTo("CONVERTED");
    assertThat(data.events(prenatal)).contains("CONVERTED RECEIVED CONVERTED");
    assertThat(data.events(child)).containsExactly("CONVERTED_FROM_PRENATAL null RECEIVED");
    assertThat(data.accessLog(worker))
        .contains("INTAKE_MATTER_PROCESS PERMITTED intake_matter " + prenatal, "INTAKE_MATTER_PROCESS PERMITTED intake_matter " + child);

    assertThat(redirect).isEqualTo("/employee/intake/matters/" + child + "?done=converted");
    String childPage = page(redirect, worker);
    assertThat(childPage).contains("Lapsen asia on luotu ennakollisesta ilmoituksesta.").contains(data.reference(prenatal));
    assertThat(row(childPage, data.reference(prenatal))).contains("Vahvistettu", "Ennakollinen ilmoitus muutettu lapsen asiaksi");

    mvc.perform(
            postAs(worker, "/employee/intake/matters/" + prenatal + "/conversion")
                .param("childLastName", lastName)
                .param("childBirthDate", "2026-05-04"))
        .andExpect(status().isConflict());
    assertThat(jdbc.queryForObject("select count(*) from intake_matter_link where other_matter_id = ?", Integer.class, prenatal))
        .isEqualTo(1);
  }

  @Test
  void aConversionWithoutABirthDateIsRefusedWithTheFormKept() throws Exception {
    UUID prenatal = data.prenatal(helsinki(2026, 3, 3, 10, 0));
    data.moveToTeam(prenatal, team);
    clock.set(helsinki(2026, 5, 6, 13, 0));

    String html =
        mvc.perform(postAs(worker, "/employee/intake/matters/" + prenatal + "/conversion").param("childFirstName", "Minttu"))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("href=\"#childBirthDate\"").contains("value=\"Minttu\"");
    assertThat(state(prenatal)).isEqualTo("RECEIVED");
  }

  @Test
  void everyPageOfAMatterIsAvailableInSwedishAndEnglish() throws Exception {
    UUID matter = notification();
    clock.set(helsinki(2026, 3, 13, 9, 0));

    assertThat(page("/employee/intake/matters/" + matter + "?lang=sv", worker))
        .contains("Bedömning av brådskande behov")
        .contains("Försenad med 1 arbetsdag (sista dag var 12.3.2026)");
    assertThat(page("/employee/intake/matters/" + matter + "?lang=en", worker))
        .contains("Urgency assessment")
        .contains("Overdue by 1 working day (was due 12 Mar 2026)");
    assertThat(List.of(data.reference(matter))).isNotEmpty();
  }
}
