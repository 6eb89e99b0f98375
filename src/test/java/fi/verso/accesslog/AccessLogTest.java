package fi.verso.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.EmployeePrincipal;
import fi.verso.support.IntegrationTest;
import fi.verso.support.TestClock;
import fi.verso.support.TestOnlyEndpoints;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log (Asiakastietolaki 703/2023 § 17) is append-only, commits or rolls back with the access it
 * records, and records sign-ins and denials by itself.
 */
@IntegrationTest
class AccessLogTest {
  @Autowired AccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired UserDetailsService employees;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;

  TransactionTemplate tx;
  long lastIdBefore;

  @BeforeEach
  void setUp() {
    tx = new TransactionTemplate(transactions);
    clock.reset();
    lastIdBefore = jdbc.queryForObject("select coalesce(max(id), 0) from access_log", Long.class);
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aRecordedAccessIsStoredWithWhoWhenWhatWhyAndWhichChild() {
    Actor.Employee worker = employee("social.worker");
    UUID child = UUID.randomUUID();
    Instant at = Instant.parse("2026-03-02T08:15:00Z");
    clock.set(at);

    tx.executeWithoutResult(
        s ->
            accessLog.record(
                worker, Action.ACCESS_LOG_READ, Purpose.CLIENT_SERVICE, AccessTarget.of("child", child).concerningChildren(List.of(child))));

    List<AccessLogEntry> entries = accessLog.forClient(child);
    assertThat(entries).hasSize(1);
    AccessLogEntry entry = entries.getFirst();
    assertThat(entry.loggedAt()).isEqualTo(at);
    assertThat(entry.actorEmployeeId()).isEqualTo(worker.id());
    assertThat(entry.actorKind()).isEqualTo("EMPLOYEE");
    assertThat(entry.action()).isEqualTo("ACCESS_LOG_READ");
    assertThat(entry.purpose()).isEqualTo("CLIENT_SERVICE");
    assertThat(entry.targetType()).isEqualTo("child");
    assertThat(entry.targetId()).isEqualTo(child.toString());
    assertThat(entry.clientIds()).containsExactly(child);
    assertThat(entry.outcome()).isEqualTo("PERMITTED");
    assertThat(jdbc.queryForObject("select county_id from access_log where id = ?", UUID.class, entry.id()))
        .isEqualTo(worker.countyId());
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveLoggedRows() {
    UUID target = UUID.randomUUID();
    tx.executeWithoutResult(s -> accessLog.record(employee("intake"), Action.ACCESS_LOG_READ, Purpose.SUPERVISION, AccessTarget.of("test", target)));
    long id = jdbc.queryForObject("select id from access_log where target_id = ?", Long.class, target.toString());

    assertThatThrownBy(() -> jdbc.update("update access_log set action = 'EDITED' where id = ?", id))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from access_log where id = ?", id))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate access_log"))
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");

    assertThat(jdbc.queryForObject("select action from access_log where id = ?", String.class, id))
        .isEqualTo("ACCESS_LOG_READ");
  }

  @Test
  void aLoggedAccessRollsBackWithItsTransactionAndCommitsWithIt() {
    UUID rolledBack = UUID.randomUUID();
    UUID committed = UUID.randomUUID();
    Actor.Employee worker = employee("intake");

    tx.executeWithoutResult(
        status -> {
          accessLog.record(worker, Action.ACCESS_LOG_READ, Purpose.SUPERVISION, AccessTarget.of("test", rolledBack));
          status.setRollbackOnly();
        });
    tx.executeWithoutResult(
        status -> accessLog.record(worker, Action.ACCESS_LOG_READ, Purpose.SUPERVISION, AccessTarget.of("test", committed)));

    assertThat(rowsFor(rolledBack)).isZero();
    assertThat(rowsFor(committed)).isOne();
  }

  @Test
  void recordingAnAccessOutsideATransactionIsRefused() {
    UUID target = UUID.randomUUID();
    assertThatThrownBy(
            () -> accessLog.record(employee("intake"), Action.ACCESS_LOG_READ, Purpose.SUPERVISION, AccessTarget.of("test", target)))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThat(rowsFor(target)).isZero();
  }

  @Test
  void aSuccessfulSignInIsLoggedWithTheEmployee() throws Exception {
    mvc.perform(post("/login").with(csrf()).param("username", "intake").param("password", "verso-demo"))
        .andExpect(redirectedUrl("/employee"));

    assertThat(newRows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("action")).isEqualTo("LOGIN");
              assertThat(row.get("outcome")).isEqualTo("PERMITTED");
              assertThat(row.get("purpose")).isEqualTo("SECURITY");
              assertThat(row.get("actor_kind")).isEqualTo("EMPLOYEE");
              assertThat(row.get("actor_employee_id")).isEqualTo(employee("intake").id());
            });
  }

  @Test
  void aFailedSignInIsLoggedWithoutAnActor() throws Exception {
    mvc.perform(post("/login").with(csrf()).param("username", "no.such.employee").param("password", "guess"))
        .andExpect(redirectedUrl("/login?error=failed"));

    assertThat(newRows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("action")).isEqualTo("LOGIN");
              assertThat(row.get("outcome")).isEqualTo("FAILED");
              assertThat(row.get("actor_kind")).isEqualTo("ANONYMOUS");
              assertThat(row.get("actor_employee_id")).isNull();
              assertThat(row.get("county_id")).isNull();
            });
  }

  @Test
  void aDeniedActionIsLogged() throws Exception {
    EmployeePrincipal worker = (EmployeePrincipal) employees.loadUserByUsername("social.worker");

    mvc.perform(get(TestOnlyEndpoints.ACCESS_LOG_READ_ONLY).with(user(worker))).andExpect(status().isForbidden());

    assertThat(newRows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("action")).isEqualTo("ACCESS_LOG_READ");
              assertThat(row.get("outcome")).isEqualTo("DENIED");
              assertThat(row.get("actor_employee_id")).isEqualTo(worker.actor().id());
            });
  }

  @Test
  void aPermittedActionIsNotLoggedAsDenied() throws Exception {
    EmployeePrincipal admin = (EmployeePrincipal) employees.loadUserByUsername("admin");

    mvc.perform(get(TestOnlyEndpoints.ACCESS_LOG_READ_ONLY).with(user(admin))).andExpect(status().isOk());

    assertThat(newRows()).noneMatch(row -> "DENIED".equals(row.get("outcome")));
  }

  /** Identifiers, times and codes only: a text column is a place where free text could creep in. */
  @Test
  void theLogHasNoColumnForFreeText() {
    Set<String> codes = Set.of("action", "purpose", "target_type", "target_id", "actor_kind", "outcome", "request_id");
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select column_name, udt_name from information_schema.columns where table_schema = 'public' and table_name = 'access_log'");
    assertThat(columns).isNotEmpty();
    assertThat(columns)
        .allSatisfy(
            column -> {
              String name = (String) column.get("column_name");
              String type = (String) column.get("udt_name");
              assertThat(type)
                  .as(name)
                  .isIn(codes.contains(name) ? Set.of("text", "varchar") : Set.of("uuid", "_uuid", "int8", "timestamptz"));
            });
  }

  private Actor.Employee employee(String username) {
    return ((EmployeePrincipal) employees.loadUserByUsername(username)).actor();
  }

  private int rowsFor(UUID target) {
    return jdbc.queryForObject("select count(*) from access_log where target_id = ?", Integer.class, target.toString());
  }

  private List<Map<String, Object>> newRows() {
    return jdbc.queryForList("select * from access_log where id > ? order by id", lastIdBefore);
  }
}
