package fi.verso.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.client.CaseloadCap;
import fi.verso.client.Clients;
import fi.verso.client.RelationshipKind;
import fi.verso.client.StartRelationship;
import fi.verso.intake.Intake;
import fi.verso.organisation.Organisation;
import fi.verso.person.People;
import fi.verso.shared.security.Role;
import fi.verso.shared.security.TeamRole;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo gives its social worker exactly 29 children aged 0-17 in child welfare, so the 30th assignment is
 * allowed and the 31st refused, and shows a client in each state. Run for test workers: other tests in the
 * shared context may give the demo users more children.
 */
@IntegrationTest
class DemoCaseworkTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Autowired DemoCasework demo;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;
  @Autowired Intake intake;
  @Autowired Clients clients;
  @Autowired People people;
  @Autowired Organisation organisation;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theDemoWorkerHasTwentyNineChildrenSoTheThirtiethFitsAndTheThirtyFirstDoesNot() {
    clock.set(ZonedDateTime.of(TODAY.atTime(9, 0), HelsinkiTime.ZONE));
    CaseworkFixtures data = new CaseworkFixtures(jdbc, intake, clients, people, organisation, transactions, events);
    CaseworkFixtures.Employee worker = data.socialWorker("Demo Työntekijä");
    CaseworkFixtures.Employee lead = data.employee("Demo Vetäjä", true, Role.TEAM_LEAD, data.intakeTeam(), TeamRole.MEMBER);
    CaseworkFixtures.Employee pair = data.employee("Demo Työpari", false, Role.SOCIAL_INSTRUCTOR, data.intakeTeam(), TeamRole.MEMBER);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(s -> demo.createFor(data.countyId(), data.intakeTeam(), worker.id(), lead.id(), pair.id()));

    assertThat(clients.caseloads(List.of(worker.id()), TODAY).get(worker.id())).isEqualTo(29);
    assertThat(clients.caseloads(List.of(lead.id()), TODAY).get(lead.id())).isEqualTo(3);
    assertThat(jdbc.queryForList(
            "select kind || ' ' || state from client_relationship where responsible_worker_id = ? and kind = 'SHL_SPECIAL_SUPPORT' order by state",
            String.class, worker.id()))
        .containsExactly("SHL_SPECIAL_SUPPORT ACTIVE", "SHL_SPECIAL_SUPPORT ENDED");
    assertThat(jdbc.queryForList(
            "select state from service_need_assessment where assigned_worker_id = ? order by completion_due", String.class, worker.id()))
        .containsExactlyInAnyOrder("OPEN", "OPEN", "COMPLETED");
    assertThat(data.count(
            "select count(*) from service_need_assessment a join client_relationship r on r.assessment_id = a.id"
                + " where a.assigned_worker_id = ? and a.state = 'COMPLETED' and r.kind = 'CHILD_WELFARE'", worker.id()))
        .isEqualTo(1);
    assertThat(data.count(
            "select count(*) from service_need_assessment where assigned_worker_id = ? and state = 'OPEN' and completion_due < ?",
            worker.id(), TODAY))
        .isEqualTo(1);
    assertThat(data.count(
            "select count(*) from person p join client_relationship r on r.child_id = p.id"
                + " where r.responsible_worker_id = ? and (p.source <> 'REPORTED' or p.personal_identity_code is not null"
                + " or p.last_name not like '%(demo)')", worker.id()))
        .isZero();

    UUID thirtieth = data.child("Kolmaskymmenes", LocalDate.of(2016, 1, 1));
    UUID thirtyFirst = data.child("Kolmaskymmenesensimmäinen", LocalDate.of(2016, 1, 1));
    assertThat(clients.startProblems(start(data, thirtieth, worker.id()))).isEmpty();
    data.relationship(thirtieth, RelationshipKind.CHILD_WELFARE, worker.id(), TODAY);
    assertThat(clients.startProblems(start(data, thirtyFirst, worker.id())))
        .singleElement()
        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("client.error.capReached"))
        .satisfies(p -> assertThat(p.args()).containsExactly(worker.name(), "30", "30"));
    assertThat(CaseloadCap.capOn(TODAY)).hasValue(30);
  }

  private static StartRelationship start(CaseworkFixtures data, UUID child, UUID worker) {
    return new StartRelationship(
        data.countyId(), child, data.intakeTeam(), RelationshipKind.CHILD_WELFARE, "GROWING_CONDITIONS_ENDANGER", TODAY, null, worker, null);
  }
}
