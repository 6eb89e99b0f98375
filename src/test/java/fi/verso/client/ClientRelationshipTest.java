package fi.verso.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.assessment.CaseworkFixtures;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.employee.EmployeeDirectory;
import fi.verso.intake.Intake;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.person.PersonalIdentityCode;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/** Client relationships: started by a completed assessment under the caseload cap, transferred, ended, reopened. */
@IntegrationTest
class ClientRelationshipTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final LocalDate SCHOOL_AGE = LocalDate.of(2015, 6, 1);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired EmployeeDirectory employees;
  @Autowired TestClock clock;
  @Autowired Intake intake;
  @Autowired Clients clients;
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  CaseworkFixtures data;

  @BeforeEach
  void setUp() {
    today(TODAY);
    data = new CaseworkFixtures(jdbc, intake, clients, people, organisation, transactions, events);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private void today(LocalDate day) {
    clock.set(ZonedDateTime.of(day.atTime(10, 0), HelsinkiTime.ZONE));
  }

  private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
    return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
    return request.with(user(employees.loadUserByUsername(username)));
  }

  /** An open assessment of a new child, assessed by the worker. */
  private UUID assessment(CaseworkFixtures.Employee assessor, String childName, LocalDate birthDate) {
    return data.assessment(null, childName, birthDate, data.intakeTeam(), assessor.id(), LocalDate.of(2026, 2, 2));
  }

  /** Completes the assessment with a conclusion, the responsible worker chosen on the form. */
  private MockHttpServletRequestBuilder complete(UUID assessment, CaseworkFixtures.Employee assessor, String conclusion, UUID responsible) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("action", "complete");
    f.put("version", jdbc.queryForObject("select version from service_need_assessment where id = ?", Integer.class, assessment).toString());
    f.put("childMetOn", clock.instant().atZone(HelsinkiTime.ZONE).toLocalDate().minusDays(3).toString());
    f.put("childViewsMethod", "Keskustelu");
    f.put("childViewsContent", "Lapsi haluaa asua kotona.");
    f.put("summary", "Tuen tarve on ilmeinen.");
    f.put("conclusion", conclusion);
    f.put("lsl27Ground", "GROWING_CONDITIONS_ENDANGER");
    f.put("responsibleWorker", responsible.toString());
    f.put("noticeSentOn", clock.instant().atZone(HelsinkiTime.ZONE).toLocalDate().toString());
    f.put("noticeLanguage", "FI");
    f.put("noticeRecipients", "Lapsi ja huoltaja");
    MockHttpServletRequestBuilder request =
        post("/employee/children/" + data.childOf(assessment) + "/assessment/" + assessment).with(csrf());
    f.forEach(request::param);
    return as(request, assessor.username());
  }

  private int caseload(UUID worker) {
    return clients.caseloads(List.of(worker), clock.instant().atZone(HelsinkiTime.ZONE).toLocalDate()).getOrDefault(worker, 0);
  }

  @Test
  void aWorkerWithTwentyNineChildrenMayTakeTheThirtiethButNotTheThirtyFirst() throws Exception {
    CaseworkFixtures.Employee sami = data.socialWorker("Sami Sosiaalityö");
    data.caseload(sami.id(), RelationshipKind.CHILD_WELFARE, 29, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    assertThat(caseload(sami.id())).isEqualTo(29);

    UUID thirtieth = assessment(sami, "Kolmaskymmenes", SCHOOL_AGE);
    mvc.perform(complete(thirtieth, sami, "CHILD_WELFARE_CLIENT", sami.id())).andExpect(status().is3xxRedirection());
    assertThat(caseload(sami.id())).isEqualTo(30);

    UUID thirtyFirst = assessment(sami, "Kolmaskymmenesensimmäinen", SCHOOL_AGE);
    String html = body(complete(thirtyFirst, sami, "CHILD_WELFARE_CLIENT", sami.id()), 422);

    assertThat(html).contains(sami.name() + ": vastuulla on 30 lasta, ja enimmäismäärä on 30 (LSL 13 b §). Valitse toinen sosiaalityöntekijä.");
    assertThat(caseload(sami.id())).isEqualTo(30);
    assertThat(data.count("select count(*) from client_relationship where child_id = ?", data.childOf(thirtyFirst))).isZero();
    assertThat(jdbc.queryForObject("select state from service_need_assessment where id = ?", String.class, thirtyFirst)).isEqualTo("OPEN");
  }

  @Test
  void theCapMessageIsInTheUsersLanguage() throws Exception {
    CaseworkFixtures.Employee sami = data.socialWorker("Sami Svensson");
    data.caseload(sami.id(), RelationshipKind.CHILD_WELFARE, 30, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    UUID full = assessment(sami, "Fullt", SCHOOL_AGE);
    assertThat(body(complete(full, sami, "CHILD_WELFARE_CLIENT", sami.id()).param("lang", "en"), 422))
        .contains(sami.name() + " has 30 children; the cap is 30");
  }

  @Test
  void aChildTurningEighteenFreesAPlace() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Eeva Eteläinen");
    data.caseload(worker.id(), RelationshipKind.CHILD_WELFARE, 29, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    data.caseload(worker.id(), RelationshipKind.CHILD_WELFARE, 1, LocalDate.of(2008, 3, 11), LocalDate.of(2025, 9, 1));
    UUID next = assessment(worker, "Seuraava", SCHOOL_AGE);

    assertThat(body(complete(next, worker, "CHILD_WELFARE_CLIENT", worker.id()), 422)).contains("vastuulla on 30 lasta");

    today(LocalDate.of(2026, 3, 11));
    assertThat(caseload(worker.id())).isEqualTo(29);
    mvc.perform(complete(next, worker, "CHILD_WELFARE_CLIENT", worker.id())).andExpect(status().is3xxRedirection());
    assertThat(caseload(worker.id())).isEqualTo(30);
  }

  @Test
  void specialSupportClientsUnderShlDoNotCountAgainstTheCap() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Tuomas Tukija");
    data.caseload(worker.id(), RelationshipKind.CHILD_WELFARE, 29, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    data.caseload(worker.id(), RelationshipKind.SHL_SPECIAL_SUPPORT, 4, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    assertThat(caseload(worker.id())).isEqualTo(29);

    UUID next = assessment(worker, "Kolmaskymmenes", SCHOOL_AGE);
    mvc.perform(complete(next, worker, "CHILD_WELFARE_CLIENT", worker.id())).andExpect(status().is3xxRedirection());
    assertThat(caseload(worker.id())).isEqualTo(30);

    // A full worker may still take a special-support client.
    UUID shl = assessment(worker, "Erityinen", SCHOOL_AGE);
    mvc.perform(complete(shl, worker, "SHL_SPECIAL_SUPPORT_CLIENT", worker.id())).andExpect(status().is3xxRedirection());
    assertThat(data.count("select count(*) from client_relationship where assessment_id = ? and kind = 'SHL_SPECIAL_SUPPORT'", shl)).isEqualTo(1);
  }

  @Test
  void onlyAQualifiedSocialWorkerCanBeTheResponsibleWorker() throws Exception {
    CaseworkFixtures.Employee assessor = data.socialWorker("Aila Arvioija");
    CaseworkFixtures.Employee instructor =
        data.employee("Olli Ohjaaja", false, Role.SOCIAL_INSTRUCTOR, data.intakeTeam(), TeamRole.MEMBER);
    UUID a = assessment(assessor, "Kelpo", SCHOOL_AGE);

    assertThat(body(complete(a, assessor, "CHILD_WELFARE_CLIENT", instructor.id()), 422))
        .contains(instructor.name() + ": ei sosiaalityöntekijän kelpoisuutta.");
    assertThat(data.count("select count(*) from client_relationship where child_id = ?", data.childOf(a))).isZero();
  }

  @Test
  void aTransferKeepsTheHistoryAndChecksTheCap() throws Exception {
    CaseworkFixtures.Employee first = data.socialWorker("Fanni Ensimmäinen");
    CaseworkFixtures.Employee second = data.socialWorker("Toni Toinen");
    CaseworkFixtures.Employee full = data.socialWorker("Terhi Täysi");
    data.caseload(full.id(), RelationshipKind.CHILD_WELFARE, 30, SCHOOL_AGE, LocalDate.of(2025, 9, 1));
    UUID child = data.child("Siirrettävä", SCHOOL_AGE);
    UUID relationship = data.relationship(child, RelationshipKind.CHILD_WELFARE, first.id(), LocalDate.of(2026, 1, 5));
    String transferUrl = "/employee/children/" + child + "/relationships/" + relationship + "/transfer";

    assertThat(body(as(get(transferUrl), first.username()), 200))
        .contains(second.name() + " – 0/30 lasta")
        .contains(full.name() + " – 30/30 lasta, enimmäismäärä täynnä");

    String refused =
        body(as(post(transferUrl).with(csrf()).param("responsibleWorker", full.id().toString()).param("workPair", "")
            .param("from", "2026-03-01").param("version", "0"), first.username()), 422);
    assertThat(refused).contains(full.name() + ": vastuulla on 30 lasta, ja enimmäismäärä on 30");

    mvc.perform(as(post(transferUrl).with(csrf()).param("responsibleWorker", second.id().toString()).param("workPair", "")
            .param("from", "2026-03-01").param("version", "0"), first.username()))
        .andExpect(status().is3xxRedirection());

    assertThat(jdbc.queryForObject("select responsible_worker_id from client_relationship where id = ?", UUID.class, relationship))
        .isEqualTo(second.id());
    List<Map<String, Object>> periods =
        jdbc.queryForList(
            "select employee_id, from_date, to_date from client_worker_period where relationship_id = ? and role = 'RESPONSIBLE' order by from_date",
            relationship);
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0).get("employee_id")).isEqualTo(first.id());
    assertThat(periods.get(0).get("from_date").toString()).isEqualTo("2026-01-05");
    assertThat(periods.get(0).get("to_date").toString()).isEqualTo("2026-03-01");
    assertThat(periods.get(1).get("employee_id")).isEqualTo(second.id());
    assertThat(periods.get(1).get("to_date")).isNull();

    // The new worker sees the child, with the history.
    assertThat(body(as(get("/employee/children/" + child), second.username()), 200))
        .contains("Vastuutyöntekijät ja työparit")
        .contains(first.name())
        .contains(second.name());
  }

  @Test
  void aStaleTransferIsRefusedAndTheChoiceKept() throws Exception {
    CaseworkFixtures.Employee first = data.socialWorker("Piia Pysyvä");
    CaseworkFixtures.Employee second = data.socialWorker("Kalle Kilpailija");
    UUID child = data.child("Kahdesti", SCHOOL_AGE);
    UUID relationship = data.relationship(child, RelationshipKind.CHILD_WELFARE, first.id(), LocalDate.of(2026, 1, 5));
    String base = "/employee/children/" + child + "/relationships/" + relationship;
    mvc.perform(as(post(base + "/informed").with(csrf()).param("informedOn", "2026-01-06").param("version", "0"), first.username()))
        .andExpect(status().is3xxRedirection());

    String html =
        body(as(post(base + "/transfer").with(csrf()).param("responsibleWorker", second.id().toString()).param("workPair", "")
            .param("from", "").param("version", "0"), first.username()), 409);
    assertThat(html).contains("Joku muu tallensi muutoksen samaan aikaan").contains("value=\"" + second.id() + "\" selected");
    assertThat(jdbc.queryForObject("select responsible_worker_id from client_relationship where id = ?", UUID.class, relationship))
        .isEqualTo(first.id());
  }

  @Test
  void theInformingOfTheChildAndGuardiansIsRecorded() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Iiris Ilmoittaja");
    UUID child = data.child("Kerrottu", SCHOOL_AGE);
    UUID relationship = data.relationship(child, RelationshipKind.CHILD_WELFARE, worker.id(), LocalDate.of(2026, 3, 2));
    String url = "/employee/children/" + child + "/relationships/" + relationship + "/informed";

    String refused = body(as(post(url).with(csrf()).param("informedOn", "2026-03-01").param("version", "0"), worker.username()), 422);
    assertThat(refused).contains("Päivämäärä ei voi olla ennen asiakkuuden alkamista (2.3.2026).").contains("href=\"#informedOn-" + relationship + "\"");

    mvc.perform(as(post(url).with(csrf()).param("informedOn", "2026-03-03").param("version", "0"), worker.username()))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.queryForObject("select informed_on from client_relationship where id = ?", LocalDate.class, relationship))
        .isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void anEndedRelationshipCanBeFollowedByANewOneFromANewAssessment() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Elli Päättäjä");
    UUID first = assessment(worker, "Palaava", SCHOOL_AGE);
    UUID child = data.childOf(first);
    mvc.perform(complete(first, worker, "SHL_SPECIAL_SUPPORT_CLIENT", worker.id())).andExpect(status().is3xxRedirection());
    UUID relationship = jdbc.queryForObject("select id from client_relationship where assessment_id = ?", UUID.class, first);
    String endUrl = "/employee/children/" + child + "/relationships/" + relationship + "/end";

    assertThat(body(as(post(endUrl).with(csrf()).param("endedOn", "2026-03-10").param("endReason", "OTHER").param("endNote", "")
        .param("version", "0"), worker.username()), 422)).contains("Kerro, mikä muu syy on.");
    assertThat(body(as(post(endUrl).with(csrf()).param("endedOn", "2026-03-10").param("endReason", "NO_LONGER_A_BASIS")
        .param("endNote", "").param("version", "0"), worker.username()), 422))
        .contains("Kirjaa päivä, jona perheelle ilmoitettiin päättymisestä.");
    mvc.perform(as(post(endUrl).with(csrf()).param("endedOn", "2026-03-10").param("endReason", "NO_LONGER_A_BASIS")
            .param("endNote", "").param("endNoticeOn", "2026-03-10").param("version", "0"), worker.username()))
        .andExpect(status().is3xxRedirection());
    Map<String, Object> ended = jdbc.queryForMap("select * from client_relationship where id = ?", relationship);
    assertThat(ended.get("state")).isEqualTo("ENDED");
    assertThat(ended.get("end_notice_on").toString()).isEqualTo("2026-03-10");
    // SHL services for families with children: kept 30 years after the matter closed.
    assertThat(ended.get("retention_basis")).isEqualTo("THIRTY_YEARS_AFTER_CLOSING");
    assertThat(ended.get("retention_until").toString()).isEqualTo("2056-03-10");
    assertThat(ended.get("end_reason")).isEqualTo("NO_LONGER_A_BASIS");
    assertThat(ended.get("ended_on").toString()).isEqualTo("2026-03-10");
    assertThat(data.count("select count(*) from client_worker_period where relationship_id = ? and to_date is null", relationship)).isZero();

    today(LocalDate.of(2026, 6, 1));
    UUID again = data.assessment(child, "Palaava", SCHOOL_AGE, data.intakeTeam(), worker.id(), LocalDate.of(2026, 5, 20));
    mvc.perform(complete(again, worker, "SHL_SPECIAL_SUPPORT_CLIENT", worker.id())).andExpect(status().is3xxRedirection());

    assertThat(jdbc.queryForList("select state from client_relationship where child_id = ? order by started_on", String.class, child))
        .containsExactly("ENDED", "ACTIVE");
    assertThat(body(as(get("/employee/children/" + child), worker.username()), 200))
        .contains("Asiakkuudelle ei ole enää perustetta")
        .contains("Avaa 4.2.2026 aloitettu arviointi")
        .contains("Avaa 22.5.2026 aloitettu arviointi");
  }

  @Test
  void aRelationshipIsNotClosedWhileAFamilyWorkPeriodStillRuns() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Kaisu Kesken");
    UUID assessmentId = assessment(worker, "Jatkuva", SCHOOL_AGE);
    UUID child = data.childOf(assessmentId);
    mvc.perform(complete(assessmentId, worker, "SHL_SPECIAL_SUPPORT_CLIENT", worker.id())).andExpect(status().is3xxRedirection());
    UUID relationship =
        jdbc.queryForObject("select id from client_relationship where assessment_id = ?", UUID.class, assessmentId);
    jdbc.update(
        """
        insert into family_work_period (id, county_id, relationship_id, child_id, kind, family_worker_id, started_on,
                                        planned_end_on, goals, created_by)
        values (?, ?, ?, ?, 'FAMILY_WORK', ?, '2026-03-01', '2026-09-01', 'Arjen rytmi', ?)
        """,
        UUID.randomUUID(), data.countyId(), relationship, child, worker.id(), worker.id());
    String endUrl = "/employee/children/" + child + "/relationships/" + relationship + "/end";

    assertThat(body(as(post(endUrl).with(csrf()).param("endedOn", "2026-03-10").param("endReason", "NO_LONGER_A_BASIS")
        .param("endNoticeOn", "2026-03-10").param("version", "0"), worker.username()), 422))
        .contains("Lapsella on vielä käynnissä oleva perhetyön jakso. Päätä se ensin.");
    assertThat(jdbc.queryForObject("select state from client_relationship where id = ?", String.class, relationship))
        .isEqualTo("ACTIVE");
  }

  @Test
  void guardiansArePrefilledAsFamilyAndOthersCanBeAdded() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Reijo Rekisteri");
    UUID onni = people.identify(data.countyId(), PersonalIdentityCode.of("150514A903E"), "Onni", "Virtanen");
    UUID relationship = data.relationship(onni, RelationshipKind.SHL_SPECIAL_SUPPORT, worker.id(), LocalDate.of(2026, 3, 2));

    assertThat(jdbc.queryForList("select name from client_family_member where relationship_id = ? and role = 'GUARDIAN' order by name",
            String.class, relationship))
        .containsExactly("Jari Virtanen", "Sanna Virtanen");

    String url = "/employee/children/" + onni + "/relationships/" + relationship + "/family";
    assertThat(body(as(post(url).with(csrf()).param("familyName", "Mummo Virtanen").param("familyRole", "OTHER")
        .param("familyRoleDescription", ""), worker.username()), 422))
        .contains("Kuvaile, mikä suhde on.")
        .contains("value=\"Mummo Virtanen\"");
    mvc.perform(as(post(url).with(csrf()).param("familyName", "Mummo Virtanen").param("familyRole", "OTHER")
            .param("familyRoleDescription", "isoäiti"), worker.username()))
        .andExpect(status().is3xxRedirection());
    assertThat(body(as(get("/employee/children/" + onni), worker.username()), 200))
        .contains("Mummo Virtanen")
        .contains("Muu läheinen: isoäiti")
        .contains("Sanna Virtanen");
  }

  @Test
  void theClientPageReadIsLoggedWithTheChild() throws Exception {
    CaseworkFixtures.Employee worker = data.socialWorker("Lotta Lokittaja");
    UUID child = data.child("Lokitettu", SCHOOL_AGE);
    data.relationship(child, RelationshipKind.CHILD_WELFARE, worker.id(), LocalDate.of(2026, 3, 2));

    assertThat(body(as(get("/employee/children/" + child), worker.username()), 200)).contains("Lokitettu " + data.lastName());

    assertThat(data.count(
            "select count(*) from access_log where actor_employee_id = ? and action = 'CHILD_RECORDS_VIEW'"
                + " and purpose = 'CLIENT_SERVICE' and target_type = 'child' and target_id = ? and client_ids = array[?]::uuid[]",
            worker.id(), child.toString(), child))
        .isEqualTo(1);
  }
}
