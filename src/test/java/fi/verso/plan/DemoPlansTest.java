package fi.verso.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.calendar.HelsinkiTime;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import fi.verso.worklist.CaseworkTestData;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo shows each situation it promises, once, on the clients the client module's demo gives a worker. */
@IntegrationTest
class DemoPlansTest {
  @Autowired DemoPlans demo;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theDemoMakesTwoVersionsAnOverdueReviewAChildNotMetAndACorrectionOnce() {
    clock.set(LocalDate.of(2026, 11, 25).atTime(LocalTime.NOON).atZone(HelsinkiTime.ZONE));
    CaseworkTestData data = new CaseworkTestData(jdbc);
    String worker = data.worker("Demo (testi)", "SOCIAL_WORKER");
    demo.createFor(worker);
    assertThat(jdbc.queryForObject("select count(*) from client_plan_revision p join employee e on e.id = p.saved_by"
        + " where e.username = ?", Integer.class, worker)).isZero();

    UUID team = data.team("Demo-tiimi (testi)");
    UUID shl = data.child("Sanni", "Demo");
    data.relationship(shl, team, "SHL_SPECIAL_SUPPORT", worker, null);
    UUID welfare = data.child("Veeti", "Demo");
    data.relationship(welfare, team, "CHILD_WELFARE", worker, null);
    UUID third = data.child("Kerttu", "Demo");
    data.relationship(third, team, "CHILD_WELFARE", worker, null);

    demo.createFor(worker);
    demo.createFor(worker);

    // Which client gets which situation depends on their order; each situation is there once.
    java.util.List<UUID> children = java.util.List.of(shl, welfare, third);
    assertThat(children.stream().map(this::revisions)).containsExactlyInAnyOrder("1 2", "1", "1");
    UUID twoVersions = children.stream().filter(c -> revisions(c).equals("1 2")).findFirst().orElseThrow();
    assertThat(madeOn(twoVersions)).isEqualTo(LocalDate.of(2026, 11, 5));
    UUID overdue = children.stream().filter(c -> LocalDate.of(2025, 10, 25).equals(madeOn(c))).findFirst().orElseThrow();
    assertThat(overdue).isIn(welfare, third);
    assertThat(children.stream().map(this::madeOn)).contains(LocalDate.of(2026, 9, 25));
    assertThat(jdbc.queryForObject(
            "select count(*) from case_note where child_id = ? and corrects_id is not null", Integer.class, twoVersions))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from case_note where child_id = ?", Integer.class, twoVersions))
        .isEqualTo(4);
  }

  private LocalDate madeOn(UUID child) {
    return jdbc.queryForObject(
        "select made_on from client_plan_revision where child_id = ? order by revision desc limit 1",
        LocalDate.class, child);
  }

  private String revisions(UUID child) {
    return String.join(
        " ",
        jdbc.queryForList(
            "select revision::text from client_plan_revision where child_id = ? order by revision", String.class, child));
  }
}
