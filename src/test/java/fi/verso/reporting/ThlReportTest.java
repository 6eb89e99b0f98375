package fi.verso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.calendar.LatenessBucket;
import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.calendar.WorkingDays;
import fi.verso.employee.DemoUsers;
import fi.verso.intake.Channel;
import fi.verso.intake.Intake;
import fi.verso.intake.IntakeSubmission;
import fi.verso.intake.Knowledge;
import fi.verso.intake.MandatedReporterOrganisation;
import fi.verso.intake.MatterKind;
import fi.verso.intake.ReceivedMatter;
import fi.verso.intake.ReporterType;
import fi.verso.reporting.ThlProcessingTimeReport.Figures;
import fi.verso.reporting.ThlProcessingTimeReport.ServiceGroup;
import fi.verso.reporting.ThlProcessingTimeReport.StartFigures;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report over a crafted half-year, 2024H1, seen on 20.12.2024: matters received through {@link Intake} with
 * their real received times, decisions written as the intake workers' pages will write them.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThlReportTest {
  static final ThlReportingPeriod PERIOD = ThlReportingPeriod.parse("2024H1");
  static final String PIC = "120515A900N";
  static final String CHILD_FIRST_NAME = "Raportti";
  static final String CHILD_LAST_NAME = "Lapsinen";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired Intake intake;
  @Autowired ThlReports reports;
  @Autowired UserDetailsService users;

  final List<String> references = new ArrayList<>();
  boolean created;

  @BeforeEach
  void theReportIsMadeBeforeChristmas2024() {
    clock.set(ZonedDateTime.parse("2024-12-20T12:00:00+02:00[Europe/Helsinki]"));
    if (!created) {
      craftTheHalfYear();
      created = true;
    }
  }

  void craftTheHalfYear() {
    WorkingDays days = WorkingDays.finland();
    // Child welfare.
    ReceivedMatter a = receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-04-02T10:00");
    decide(a, "START", a.assessmentStartDue());
    ReceivedMatter b = receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-05-06T09:00");
    decide(b, "START", days.plusWorkingDays(b.assessmentStartDue(), 10));
    receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-06-10T09:00"); // never decided
    ReceivedMatter d = receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-09-30T23:30"); // last evening of the period
    decide(d, "START", days.plusWorkingDays(d.assessmentStartDue(), 20));
    ReceivedMatter i = receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-04-15T09:00");
    decide(i, "START", days.plusWorkingDays(i.assessmentStartDue(), 35));
    ReceivedMatter f = receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-07-01T09:00");
    decide(f, "NOT_START", f.assessmentStartDue());
    // Outside the period by Finnish time, although within it in UTC or the other way round.
    receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-03-31T23:30");
    receive(MatterKind.CHILD_WELFARE_NOTIFICATION, "2024-10-01T00:10");
    // Special support under SHL.
    ReceivedMatter g = receive(MatterKind.CONTACT_REQUEST, "2024-08-01T09:00");
    decide(g, "START", g.assessmentStartDue());
    receive(MatterKind.FAMILY_WORK_APPLICATION, "2024-08-15T09:00"); // never decided
    // Not in the figures at all.
    receive(MatterKind.PRENATAL_NOTIFICATION, "2024-05-02T09:00");
  }

  ReceivedMatter receive(MatterKind kind, String helsinkiTime) {
    var received = LocalDateTime.parse(helsinkiTime).atZone(HelsinkiTime.ZONE).toInstant();
    boolean prenatal = kind == MatterKind.PRENATAL_NOTIFICATION;
    ReporterType type =
        switch (kind) {
          case CHILD_WELFARE_NOTIFICATION -> ReporterType.PRIVATE_PERSON;
          case PRENATAL_NOTIFICATION -> ReporterType.MANDATED_REPORTER;
          case CONTACT_REQUEST, FAMILY_WORK_APPLICATION -> ReporterType.GUARDIAN;
        };
    IntakeSubmission submission =
        new IntakeSubmission(
            kind,
            Channel.PHONE,
            received,
            new IntakeSubmission.Reporter(
                type, false, "Ilmoittaja Ilmoittava", prenatal ? "Kätilö" : null,
                prenatal ? MandatedReporterOrganisation.HEALTH_CARE : null, null, "040 765 4321", null, null),
            prenatal ? null : new IntakeSubmission.ChildDetails(CHILD_FIRST_NAME, CHILD_LAST_NAME, PIC, null, null, null, "491", null),
            prenatal ? new IntakeSubmission.Prenatal("Odottava Äiti", LocalDate.of(2025, 3, 1)) : null,
            null,
            "Huoli lapsesta.",
            kind == MatterKind.CHILD_WELFARE_NOTIFICATION ? Knowledge.YES : null,
            kind == MatterKind.CHILD_WELFARE_NOTIFICATION ? Knowledge.UNKNOWN : null);
    Intake.Outcome outcome = intake.receive(submission, UUID.randomUUID(), actor("intake"));
    assertThat(outcome).isInstanceOf(Intake.Outcome.Received.class);
    ReceivedMatter matter = ((Intake.Outcome.Received) outcome).matter();
    references.add(matter.reference());
    return matter;
  }

  void decide(ReceivedMatter matter, String decision, LocalDate on) {
    jdbc.update(
        """
        insert into intake_assessment_decision (matter_id, decision, assigned_worker_id, reason_text, decided_by, decided_at, decided_on)
        values (?, ?, ?, ?, ?, ?, ?)
        """,
        matter.id(),
        decision,
        decision.equals("START") ? DemoUsers.demoId("social.worker") : null,
        decision.equals("START") ? null : "Ei tarvetta.",
        DemoUsers.demoId("team.lead"),
        Timestamp.from(on.atTime(12, 0).atZone(HelsinkiTime.ZONE).toInstant()),
        on);
  }

  Actor actor(String username) {
    return ((EmployeePrincipal) users.loadUserByUsername(username)).actor();
  }

  UserDetails signedIn(String username) {
    return users.loadUserByUsername(username);
  }

  @Test
  void countsTheStartOfAssessmentsPerServiceGroup() {
    Figures f = reports.figures(PERIOD, actor("team.lead"));

    StartFigures cw = f.group(ServiceGroup.CHILD_WELFARE).start();
    assertThat(cw.onTime()).isEqualTo(1);
    assertThat(cw.late()).isEqualTo(3);
    assertThat(cw.late(LatenessBucket.DAYS_1_TO_7)).isZero();
    assertThat(cw.late(LatenessBucket.DAYS_8_TO_14)).isEqualTo(1);
    assertThat(cw.late(LatenessBucket.DAYS_15_TO_30)).isEqualTo(1);
    assertThat(cw.late(LatenessBucket.OVER_30)).isEqualTo(1);
    assertThat(cw.notStartedDeadlinePassed()).isEqualTo(1);
    assertThat(cw.measured()).isEqualTo(5);
    assertThat(cw.openWithinDeadline()).isZero();
    assertThat(cw.noAssessment()).isEqualTo(1);

    StartFigures ss = f.group(ServiceGroup.SPECIAL_SUPPORT).start();
    assertThat(ss.onTime()).isEqualTo(1);
    assertThat(ss.notStartedDeadlinePassed()).isEqualTo(1);
    assertThat(ss.measured()).isEqualTo(2);

    assertThat(f.prenatalNotifications()).isEqualTo(1);
  }

  @Test
  void countsCompletionAsNotYetRecordedOrOpen() {
    Figures f = reports.figures(PERIOD, actor("team.lead"));

    var cw = f.group(ServiceGroup.CHILD_WELFARE).completion();
    assertThat(cw.onTime()).isZero();
    assertThat(cw.late()).isZero();
    assertThat(cw.notRecordedDeadlinePassed()).isEqualTo(4);
    // Received on the last evening of the period: due 30.12.2024, after the day of the report.
    assertThat(cw.openWithinDeadline()).isEqualTo(1);
    var ss = f.group(ServiceGroup.SPECIAL_SUPPORT).completion();
    assertThat(ss.notRecordedDeadlinePassed()).isEqualTo(2);
  }

  @Test
  void theTeamLeadSeesTheLatestEndedPeriodWithSharesInTheirLanguage() throws Exception {
    MockHttpServletResponse en =
        mvc.perform(get("/employee/reports/thl").param("lang", "en").with(user(signedIn("team.lead")))).andReturn().getResponse();
    assertThat(en.getStatus()).isEqualTo(200);
    String page = en.getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("<option value=\"2024H1\" selected>");
    assertThat(page).contains("<caption>Child welfare: service need assessment started within 7 working days</caption>");
    assertThat(page).contains("<td>20.0%</td>", "<td>60.0%</td>", "<td>50.0%</td>", "<td>100.0%</td>");
    assertThat(page).contains("Prenatal child welfare notifications are not in these figures");
    assertThat(page).contains("Prenatal notifications received in the period: 1.");

    MockHttpServletResponse fi =
        mvc.perform(get("/employee/reports/thl").param("period", "2024H1").param("lang", "fi").with(user(signedIn("team.lead"))))
            .andReturn()
            .getResponse();
    assertThat(fi.getContentAsString(StandardCharsets.UTF_8)).contains("<td>60,0\u00a0%</td>").contains("Lastensuojelu");
  }

  @Test
  void thePageAndTheCsvHoldNoPersonalIdentifiers() throws Exception {
    for (String path : List.of("/employee/reports/thl", "/employee/reports/thl.csv")) {
      String body =
          mvc.perform(get(path).param("period", "2024H1").with(user(signedIn("team.lead"))))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(body).doesNotContain(PIC, CHILD_FIRST_NAME, CHILD_LAST_NAME, "Ilmoittaja", "Odottava");
      for (String reference : references) {
        assertThat(body).doesNotContain(reference);
      }
    }
  }

  @Test
  void theCsvIsForFinnishExcel() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/employee/reports/thl.csv").param("period", "2024H1").with(user(signedIn("team.lead")))).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("thl-2024H1-etela-savo.csv");
    byte[] bytes = response.getContentAsByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines).contains("Palvelu;Seuranta;Luku;Lukumäärä;Osuus (%)");
    assertThat(lines).contains("Lastensuojelu;Arvioinnin aloittaminen;Aloitettu 7 arkipäivän kuluessa;1;20,0");
    assertThat(lines).contains("Lastensuojelu;Arvioinnin aloittaminen;josta myöhässä yli 30 arkipäivää;1;20,0");
    assertThat(lines).contains("Lastensuojelu;Arvioinnin aloittaminen;Päätetty, ettei arviointia aloiteta, tai siirretty toiselle alueelle (ei osuuksissa);1;");
    assertThat(lines).contains("Erityistä tukea tarvitsevat lapset (sosiaalihuoltolaki);Arvioinnin aloittaminen;Aloitettu 7 arkipäivän kuluessa;1;50,0");
    assertThat(lines).contains("Lastensuojelu;Arvioinnin valmistuminen;Valmistumista ei kirjattu, määräaika on ylittynyt;4;100,0");
  }

  @Test
  void eachViewIsWrittenToTheAccessLog() throws Exception {
    String count = "select count(*) from access_log where action = 'THL_REPORT_VIEW' and purpose = 'SUPERVISION' and target_id = '2024H1'";
    int before = jdbc.queryForObject(count, Integer.class);
    mvc.perform(get("/employee/reports/thl.csv").param("period", "2024H1").with(user(signedIn("team.lead"))));
    assertThat(jdbc.queryForObject(count, Integer.class)).isEqualTo(before + 1);
  }

  @Test
  void aSocialWorkerWithoutTheTeamLeadRoleMayNotSeeIt() throws Exception {
    for (String path : List.of("/employee/reports/thl", "/employee/reports/thl.csv")) {
      MockHttpServletResponse response =
          mvc.perform(get(path).param("period", "2024H1").with(user(signedIn("social.worker")))).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(403);
    }
  }

  @Test
  void theLandingPageLinksTheReportOnlyForThoseWhoMaySeeIt() throws Exception {
    String lead = mvc.perform(get("/employee").with(user(signedIn("team.lead")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String worker = mvc.perform(get("/employee").with(user(signedIn("social.worker")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(lead).contains("href=\"/employee/reports/thl\"");
    assertThat(worker).doesNotContain("/employee/reports/thl");
  }

  @Test
  void aPeriodThatHasNotStartedOrIsNotAPeriodIsRefused() throws Exception {
    for (String period : List.of("2025H1", "2024H3", "first half")) {
      MockHttpServletResponse response =
          mvc.perform(get("/employee/reports/thl").param("period", period).with(user(signedIn("team.lead")))).andReturn().getResponse();
      assertThat(response.getStatus()).as(period).isEqualTo(400);
    }
  }
}
