package fi.verso.service;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures on a responsible worker's children that have ended, by their period or their decision, and still
 * wait for the worker to close or renew them.
 */
@Service
public class EndedMeasures {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final AccessLog accessLog;

  EndedMeasures(NamedParameterJdbcTemplate jdbc, Clock clock, AccessLog accessLog) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.accessLog = accessLog;
  }

  public enum Measure {
    FAMILY_WORK,
    SUPPORT_MATCH
  }

  /**
   * @param detail the family work kind or the support provider kind, for the row's label
   */
  public record EndedMeasure(
      Measure measure,
      UUID id,
      UUID childId,
      String childName,
      String detail,
      LocalDate plannedLastDay,
      LocalDate decisionEndedOn,
      MeasureEnd.Reason reason) {

    /** Where the worker closes or renews it. */
    public String href() {
      return "/employee/children/" + childId + (measure == Measure.FAMILY_WORK ? "/family-work/" : "/support/") + id;
    }
  }

  public record Ended(List<EndedMeasure> measures, LocalDate today) {}

  @Transactional
  public Ended forResponsibleWorker(Actor.Employee actor) {
    LocalDate today = HelsinkiTime.dateOf(clock.instant());
    List<UUID> children = new ArrayList<>();
    List<EndedMeasure> measures =
        jdbc.query(
            EndedMeasureQueries.ENDED_FOR_RESPONSIBLE_WORKER,
            new MapSqlParameterSource("me", actor.id()).addValue("countyId", actor.countyId()).addValue("today", today),
            (rs, i) -> {
              UUID child = rs.getObject("child_id", UUID.class);
              children.add(child);
              LocalDate planned = rs.getObject("planned_last_day", LocalDate.class);
              LocalDate decisionEnded = rs.getObject("decision_ended_on", LocalDate.class);
              return new EndedMeasure(
                  Measure.valueOf(rs.getString("measure")),
                  rs.getObject("id", UUID.class),
                  child,
                  (rs.getString("first_name") + " " + rs.getString("last_name")).trim(),
                  rs.getString("detail"),
                  planned,
                  decisionEnded,
                  // The query chose the row by the same rule: it cannot be empty here.
                  MeasureEnd.needsAction(planned, decisionEnded, null, today).orElseThrow());
            });
    if (!children.isEmpty()) {
      accessLog.record(
          actor,
          Action.MY_CHILDREN_VIEW,
          Purpose.CLIENT_SERVICE,
          ServiceTargets.of("ended_measures", actor.id(), children.stream().distinct().toList()));
    }
    return new Ended(measures, today);
  }
}
