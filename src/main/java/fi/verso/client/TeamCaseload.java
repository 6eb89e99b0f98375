package fi.verso.client;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead's view of the caseload (LSL 13 b §): each social worker of the lead's teams against the cap,
 * and the children of the teams' active relationships by responsible worker.
 */
@Service
public class TeamCaseload {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;
  private final Clients clients;

  TeamCaseload(NamedParameterJdbcTemplate jdbc, Clock clock, AccessLog accessLog, Clients clients) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
    this.clients = clients;
  }

  /** One child in an active relationship of the team. */
  public record ChildRow(
      UUID relationshipId,
      UUID childId,
      String name,
      Optional<LocalDate> birthDate,
      RelationshipKind kind,
      LocalDate startedOn,
      UUID responsibleWorkerId,
      int version,
      boolean counts) {

    public Optional<Integer> age(LocalDate today) {
      return birthDate.map(b -> Period.between(b, today).getYears());
    }
  }

  /** A worker with the team's children they are responsible for. */
  public record WorkerRows(WorkerLoad worker, List<ChildRow> children) {}

  public record View(LocalDate on, List<WorkerRows> workers) {
    /** The qualified workers a child can be moved to. */
    public List<WorkerLoad> candidates() {
      return workers.stream().map(WorkerRows::worker).filter(WorkerLoad::qualified).toList();
    }
  }

  /** The lead's teams' caseload today; the children shown are logged. */
  @Transactional
  View view(Actor.Employee lead) {
    LocalDate today = HelsinkiTime.dateOf(clock.instant());
    List<UUID> teams = RecordAccess.ledTeams(lead);
    if (teams.isEmpty()) {
      return new View(today, List.of());
    }
    List<ChildRow> children =
        jdbc.query(
            ClientQueries.ACTIVE_OF_TEAMS,
            new MapSqlParameterSource("teams", teams).addValue("countyId", lead.countyId()),
            (rs, i) -> {
              Optional<LocalDate> birth = Optional.ofNullable(rs.getObject("birth_date", LocalDate.class));
              RelationshipKind kind = RelationshipKind.valueOf(rs.getString("kind"));
              return new ChildRow(
                  rs.getObject("id", UUID.class),
                  rs.getObject("child_id", UUID.class),
                  (rs.getString("first_name") + " " + rs.getString("last_name")).strip(),
                  birth,
                  kind,
                  rs.getObject("started_on", LocalDate.class),
                  rs.getObject("responsible_worker_id", UUID.class),
                  rs.getInt("version"),
                  kind == RelationshipKind.CHILD_WELFARE && CaseloadCap.counts(birth, today));
            });
    Map<UUID, WorkerLoad> workers = new LinkedHashMap<>();
    clients.socialWorkers(lead.countyId(), teams, today).forEach(w -> workers.put(w.id(), w));
    // A child of the team may have a responsible worker from another team: show them too.
    for (ChildRow c : children) {
      if (!workers.containsKey(c.responsibleWorkerId())) {
        clients.workerLoad(lead.countyId(), c.responsibleWorkerId(), today).ifPresent(w -> workers.put(w.id(), w));
      }
    }
    List<WorkerRows> rows = new ArrayList<>();
    for (WorkerLoad w : workers.values()) {
      rows.add(new WorkerRows(w, children.stream().filter(c -> c.responsibleWorkerId().equals(w.id())).toList()));
    }
    if (!children.isEmpty()) {
      accessLog.record(
          lead,
          Action.TEAM_CASELOAD_VIEW,
          Purpose.SUPERVISION,
          AccessTarget.of("team_caseload", "").concerningChildren(children.stream().map(ChildRow::childId).distinct().toList()));
    }
    return new View(today, rows);
  }
}
