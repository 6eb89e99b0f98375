package fi.verso.service;

import static fi.verso.service.ServiceFixtures.helsinki;
import static fi.verso.service.ServiceFixtures.id;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EndedMeasuresTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired UserDetailsService users;
  @Autowired Organisation organisation;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  ServiceFixtures data;
  UUID team;
  EmployeePrincipal worker;
  EmployeePrincipal familyWorker;

  @BeforeEach
  void setUp() {
    data = new ServiceFixtures(jdbc, users, organisation);
    team = data.newTeam();
    worker = data.newEmployee(team, TeamRole.MEMBER, Role.SOCIAL_WORKER);
    familyWorker = data.newEmployee(team, TeamRole.MEMBER, Role.FAMILY_WORKER);
    clock.set(helsinki(2026, 3, 10, 10, 0));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private record Child(UUID id, String name, UUID relationship) {}

  private Child child(EmployeePrincipal responsible) {
    String name = unique("Aleksi");
    UUID id = data.newChild(name, "fi", null);
    return new Child(id, name, data.relationship(id, team, "CHILD_WELFARE", responsible, null));
  }

  private UUID period(Child child, LocalDate plannedEnd, LocalDate decisionEndedOn, LocalDate endedOn) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into family_work_period (id, county_id, relationship_id, child_id, kind, family_worker_id, started_on,
                                        planned_end_on, goals, decision_ended_on, ended_on, end_summary, created_by)
        values (?, ?, ?, ?, 'FAMILY_WORK', ?, ?, ?, 'Tavoitteet', ?, ?, ?, ?)
        """,
        id, data.countyId, child.relationship(), child.id(), id(familyWorker), LocalDate.of(2026, 1, 5), plannedEnd,
        decisionEndedOn, endedOn, endedOn == null ? null : "Yhteenveto", id(worker));
    return id;
  }

  private UUID match(Child child, LocalDate endsOn) {
    UUID provider = UUID.randomUUID();
    jdbc.update(
        """
        insert into support_provider (id, county_id, kind, name, contact, criminal_record_checked_on, languages, availability)
        values (?, ?, 'SUPPORT_PERSON', ?, 'tuki@example.invalid', ?, '{fi}', 'AVAILABLE')
        """,
        provider, data.countyId, unique("Tukija"), LocalDate.of(2025, 1, 1));
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into support_match (id, county_id, provider_id, relationship_id, child_id, starts_on, ends_on, created_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        id, data.countyId, provider, child.relationship(), child.id(), LocalDate.of(2025, 9, 1), endsOn, id(worker));
    return id;
  }

  private String list(EmployeePrincipal who) throws Exception {
    return mvc.perform(get("/employee/ended-measures").with(user(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static String row(String html, String name) {
    int at = html.indexOf(name);
    assertThat(at).as("row for " + name).isNotNegative();
    return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
  }

  @Test
  void aDecisionEndingTheMeasureFlagsTheRunningPeriodAndMatchOfThatKindOnly() throws Exception {
    Child child = child(worker);
    UUID familyWork = period(child, LocalDate.of(2026, 9, 1), null, null);
    UUID supportPerson = match(child, LocalDate.of(2026, 12, 31));
    UUID decision = UUID.randomUUID();
    tx.executeWithoutResult(s -> events.publishEvent(new fi.verso.decision.DecisionIssued(
        decision, child.id(), fi.verso.decision.Measure.INTENSIFIED_FAMILY_WORK, fi.verso.decision.DecisionType.END,
        LocalDate.of(2026, 3, 10), java.util.Optional.of(LocalDate.of(2026, 3, 31)), java.util.Optional.empty(),
        java.util.Optional.empty())));
    // The period is FAMILY_WORK, the decision ends INTENSIFIED_FAMILY_WORK: a different measure, nothing flagged.
    assertThat(jdbc.queryForObject("select decision_ended_on from family_work_period where id = ?", LocalDate.class, familyWork)).isNull();

    tx.executeWithoutResult(s -> events.publishEvent(new fi.verso.decision.DecisionIssued(
        decision, child.id(), fi.verso.decision.Measure.SUPPORT_PERSON, fi.verso.decision.DecisionType.END,
        LocalDate.of(2026, 3, 10), java.util.Optional.of(LocalDate.of(2026, 3, 31)), java.util.Optional.empty(),
        java.util.Optional.empty())));
    assertThat(jdbc.queryForObject("select decision_ended_on from support_match where id = ?", LocalDate.class, supportPerson))
        .isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(jdbc.queryForObject("select decision_id from support_match where id = ?", UUID.class, supportPerson))
        .isEqualTo(decision);

    clock.set(helsinki(2026, 4, 1, 10, 0));
    assertThat(row(list(worker), child.name())).isNotEmpty();
  }

  @Test
  void theResponsibleWorkerSeesMeasuresWhosePeriodIsOverOrWhoseDecisionEnded() throws Exception {
    Child periodOver = child(worker);
    Child decisionEnded = child(worker);
    Child endsToday = child(worker);
    Child decisionEndsLater = child(worker);
    Child alreadyEnded = child(worker);
    Child supportOver = child(worker);
    Child someoneElses = child(data.newEmployee(team, TeamRole.MEMBER, Role.SOCIAL_WORKER));
    period(periodOver, TODAY.minusDays(1), null, null);
    period(decisionEnded, TODAY.plusMonths(3), TODAY, null);
    period(endsToday, TODAY, null, null);
    period(decisionEndsLater, TODAY.plusMonths(3), TODAY.plusDays(1), null);
    period(alreadyEnded, TODAY.minusDays(10), null, TODAY.minusDays(10));
    match(supportOver, TODAY.minusDays(7));
    period(someoneElses, TODAY.minusDays(1), null, null);

    String html = list(worker);

    assertThat(row(html, periodOver.name())).contains("Perhetyö", "Jakso päättyi 9.3.2026", "/employee/children/" + periodOver.id() + "/family-work/");
    assertThat(row(html, decisionEnded.name())).contains("Päätös päättyi 10.3.2026");
    assertThat(row(html, supportOver.name())).contains("Tukihenkilö", "Jakso päättyi 3.3.2026", "/employee/children/" + supportOver.id() + "/support/");
    assertThat(html).doesNotContain(endsToday.name(), decisionEndsLater.name(), alreadyEnded.name(), someoneElses.name());
    assertThat(data.accessLog(worker))
        .containsExactly(
            "MY_CHILDREN_VIEW PERMITTED ended_measures "
                + String.join(",", Stream.of(periodOver, decisionEnded, supportOver).map(c -> c.id().toString()).sorted().toList()));

    clock.set(helsinki(2026, 3, 11, 8, 0));
    assertThat(list(worker)).contains(endsToday.name(), decisionEndsLater.name());
  }

  @Test
  void renewingOrClosingTakesTheMeasureOffTheList() throws Exception {
    Child periodOver = child(worker);
    Child supportOver = child(worker);
    UUID period = period(periodOver, TODAY.minusDays(1), TODAY.minusDays(1), null);
    UUID match = match(supportOver, TODAY.minusDays(7));
    assertThat(list(worker)).contains(periodOver.name(), supportOver.name());

    String periodPage = "/employee/children/" + periodOver.id() + "/family-work/" + period;
    assertThat(mvc.perform(get(periodPage).with(user(worker))).andReturn().getResponse().getContentAsString())
        .contains("Päätös on päättynyt");
    mvc.perform(post(periodPage + "/renew").with(user(worker)).with(csrf()).param("measureRenewUntil", "2026-03-09"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(post(periodPage + "/renew").with(user(worker)).with(csrf()).param("measureRenewUntil", "2026-06-30"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/employee/children/" + supportOver.id() + "/support/" + match + "/close")
                .with(user(worker))
                .with(csrf())
                .param("matchCloseDate", "2026-03-10"))
        .andExpect(status().is3xxRedirection());

    assertThat(list(worker)).doesNotContain(periodOver.name(), supportOver.name()).contains("Päättyneitä tukitoimia ei ole.");
    assertThat(jdbc.queryForList("select decision_ended_on from family_work_period where id = ?", LocalDate.class, period))
        .containsExactly((LocalDate) null);
  }

  @Test
  void recordingThatTheDecisionEndsFlagsTheMeasureFromThatDayOn() throws Exception {
    Child running = child(worker);
    UUID period = period(running, TODAY.plusMonths(3), null, null);
    String periodPage = "/employee/children/" + running.id() + "/family-work/" + period;

    mvc.perform(post(periodPage + "/decision-ended").with(user(worker)).with(csrf()).param("measureDecisionEndedOn", "1.4.2026"))
        .andExpect(status().is3xxRedirection());
    assertThat(list(worker)).doesNotContain(running.name());

    clock.set(helsinki(2026, 4, 1, 8, 0));
    assertThat(row(list(worker), running.name())).contains("Päätös päättyi 1.4.2026");
  }

  @Test
  void aFamilyWorkerIsNotTheOneFlagged() throws Exception {
    Child periodOver = child(worker);
    period(periodOver, TODAY.minusDays(1), null, null);

    assertThat(list(familyWorker)).doesNotContain(periodOver.name());
    assertThat(List.of(list(worker))).anyMatch(html -> html.contains(periodOver.name()));
  }
}
