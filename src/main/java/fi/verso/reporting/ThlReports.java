package fi.verso.reporting;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.calendar.ThlReportingPeriod;
import fi.verso.calendar.WorkingDays;
import fi.verso.organisation.County;
import fi.verso.organisation.Organisation;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The THL processing-time report of the current county: one query, then the pure rule counts. */
@Service
class ThlReports {
  /** How far back the period list reaches: three years of half-year periods. */
  static final int PERIODS_LISTED = 6;

  private final NamedParameterJdbcTemplate jdbc;
  private final Organisation organisation;
  private final AccessLog accessLog;
  private final Clock clock;

  ThlReports(NamedParameterJdbcTemplate jdbc, Organisation organisation, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  LocalDate today() {
    return HelsinkiTime.dateOf(clock.instant());
  }

  County county() {
    return organisation.currentCounty();
  }

  /** The period a team lead most likely reports: the latest that has ended. */
  ThlReportingPeriod latestEnded() {
    return ThlReportingPeriod.containing(today()).previous();
  }

  /** The running period first (figures so far), then ended ones, newest first. */
  List<ThlReportingPeriod> selectable() {
    List<ThlReportingPeriod> periods = new ArrayList<>();
    ThlReportingPeriod p = ThlReportingPeriod.containing(today());
    for (int i = 0; i <= PERIODS_LISTED; i++, p = p.previous()) {
      periods.add(p);
    }
    return periods;
  }

  /**
   * The figures, computed from the matters' dates; the view is logged like any use of client data for
   * supervision, although only counts leave this method.
   */
  @Transactional
  ThlProcessingTimeReport.Figures figures(ThlReportingPeriod period, Actor actor) {
    County county = county();
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("countyId", county.id())
            .addValue("from", Timestamp.from(period.start().atStartOfDay(HelsinkiTime.ZONE).toInstant()))
            .addValue("until", Timestamp.from(period.end().plusDays(1).atStartOfDay(HelsinkiTime.ZONE).toInstant()));
    List<ThlProcessingTimeReport.Matters> rows =
        jdbc.query(ReportingQueries.THL_PROCESSING_TIMES, params, ReportingQueries.MATTERS);
    accessLog.record(actor, Action.THL_REPORT_VIEW, Purpose.SUPERVISION, AccessTarget.of("thl_report", period.code()));
    return ThlProcessingTimeReport.compute(period, today(), rows, WorkingDays.finland());
  }
}
