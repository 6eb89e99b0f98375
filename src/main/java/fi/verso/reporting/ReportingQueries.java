package fi.verso.reporting;

import fi.verso.intake.MatterKind;
import fi.verso.reporting.ThlProcessingTimeReport.Matters;
import fi.verso.reporting.ThlProcessingTimeReport.StartDecision;
import java.time.LocalDate;
import org.springframework.jdbc.core.RowMapper;

final class ReportingQueries {
  private ReportingQueries() {}

  /**
   * The dates of every matter received in a period, matters with identical dates grouped and counted so that
   * no identifier leaves the database. The received-time range uses the (county_id, received_at) index; its
   * bounds are the period's first and the day after its last Helsinki date.
   * The completion date is the service need assessment's, recorded by the assessment module.
   */
  static final String THL_PROCESSING_TIMES =
      """
      select m.kind,
             (m.received_at at time zone 'Europe/Helsinki')::date as received_on,
             m.assessment_start_due,
             m.assessment_completion_due,
             d.decision,
             d.decided_on,
             a.completed_on,
             count(*) as matters
        from intake_matter m
        left join intake_assessment_decision d on d.matter_id = m.id
        left join service_need_assessment a on a.matter_id = m.id and a.state = 'COMPLETED'
       where m.county_id = :countyId
         and m.received_at >= :from
         and m.received_at < :until
       group by 1, 2, 3, 4, 5, 6, 7
      """;

  static final RowMapper<Matters> MATTERS =
      (rs, i) -> {
        String decision = rs.getString("decision");
        return new Matters(
            MatterKind.valueOf(rs.getString("kind")),
            rs.getObject("received_on", LocalDate.class),
            rs.getObject("assessment_start_due", LocalDate.class),
            rs.getObject("assessment_completion_due", LocalDate.class),
            decision == null ? null : StartDecision.valueOf(decision),
            rs.getObject("decided_on", LocalDate.class),
            rs.getObject("completed_on", LocalDate.class),
            rs.getInt("matters"));
      };
}
