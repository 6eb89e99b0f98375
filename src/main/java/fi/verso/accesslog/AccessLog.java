package fi.verso.accesslog;

import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import fi.verso.shared.security.SecurityEventRecorder;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the access log. {@link #record} joins the caller's transaction, so a logged access and the access
 * itself commit or roll back together; it refuses to run outside one.
 */
@Service
public class AccessLog implements SecurityEventRecorder {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  AccessLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a permitted access to data; must run inside the transaction that performs the access. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Actor actor, Action action, Purpose purpose, AccessTarget target) {
    insert(actor, action, purpose, Outcome.PERMITTED, target);
  }

  /** Security events (logins, denials) have no business transaction of their own: they get one. */
  @Override
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(Actor actor, Action action, Outcome outcome, AccessTarget target) {
    insert(actor, action, Purpose.SECURITY, outcome, target);
  }

  /**
   * The log read by an administrator, itself logged: reading who looked at a client's data is also an access
   * to that client's data.
   */
  @Transactional
  public List<AccessLogView.Row> readForSupervision(
      Actor actor, UUID countyId, UUID personId, int limit, AccessTarget target) {
    List<AccessLogView.Row> rows =
        jdbc.query(
            personId == null ? AccessLogQueries.VIEW_LATEST : AccessLogQueries.VIEW_FOR_PERSON,
            new MapSqlParameterSource("countyId", countyId).addValue("personId", personId).addValue("limit", limit),
            (rs, i) -> {
              Array ids = rs.getArray("client_ids");
              return new AccessLogView.Row(
                  rs.getTimestamp("logged_at").toInstant(),
                  rs.getString("display_name"),
                  rs.getString("actor_kind"),
                  rs.getString("action"),
                  rs.getString("purpose"),
                  rs.getString("target_type"),
                  rs.getString("target_id"),
                  ids == null ? List.of() : Arrays.asList((UUID[]) ids.getArray()),
                  rs.getString("outcome"));
            });
    insert(actor, Action.ACCESS_LOG_READ, Purpose.SUPERVISION, Outcome.PERMITTED,
        personId == null ? target : target.concerningChildren(List.of(personId)));
    return rows;
  }

  @Transactional(readOnly = true)
  public List<AccessLogEntry> latest(UUID countyId, int limit) {
    return jdbc.query(
        AccessLogQueries.LATEST_FOR_COUNTY,
        new MapSqlParameterSource("countyId", countyId).addValue("limit", limit),
        ROW);
  }

  @Transactional(readOnly = true)
  public List<AccessLogEntry> forClient(UUID clientId) {
    return jdbc.query(AccessLogQueries.FOR_CLIENT, new MapSqlParameterSource("clientId", clientId), ROW);
  }

  private void insert(Actor actor, Action action, Purpose purpose, Outcome outcome, AccessTarget target) {
    Actor.Employee employee = actor.asEmployee().orElse(null);
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("loggedAt", Timestamp.from(clock.instant()))
            .addValue("countyId", employee == null ? null : employee.countyId())
            .addValue("actorId", employee == null ? null : employee.id())
            .addValue("actorKind", employee == null ? "ANONYMOUS" : "EMPLOYEE")
            .addValue("action", action.name())
            .addValue("purpose", purpose.name())
            .addValue("targetType", target.type())
            .addValue("targetId", target.id())
            .addValue("clientIds", target.childIds().toArray(UUID[]::new))
            .addValue("outcome", outcome.name())
            .addValue("requestId", MDC.get("requestId"));
    jdbc.update(AccessLogQueries.INSERT, params);
  }

  private static final RowMapper<AccessLogEntry> ROW =
      (rs, i) -> {
        Array ids = rs.getArray("client_ids");
        return new AccessLogEntry(
            rs.getLong("id"),
            rs.getTimestamp("logged_at").toInstant(),
            rs.getObject("actor_employee_id", UUID.class),
            rs.getString("actor_kind"),
            rs.getString("action"),
            rs.getString("purpose"),
            rs.getString("target_type"),
            rs.getString("target_id"),
            ids == null ? List.of() : Arrays.asList((UUID[]) ids.getArray()),
            rs.getString("outcome"));
      };
}
