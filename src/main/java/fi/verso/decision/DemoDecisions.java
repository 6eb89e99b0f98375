package fi.verso.decision;

import fi.verso.shared.db.ConditionalOnEmbeddedDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A draft decision on a support person for one of the demo social worker's children aged 12 or over, so that a
 * demo user meets the consent and hearing steps (whose consent is missing) before deciding. Embedded database
 * only; skipped when the demo caseload is not there or a decision already exists.
 */
@Component
@ConditionalOnEmbeddedDatabase
class DemoDecisions {
  private final NamedParameterJdbcTemplate jdbc;
  private final java.time.Clock clock;

  DemoDecisions(NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(50)
  void create() {
    MapSqlParameterSource none = new MapSqlParameterSource();
    java.time.LocalDate today = fi.verso.calendar.HelsinkiTime.dateOf(clock.instant());
    Integer existing = jdbc.queryForObject("select count(*) from decision", none, Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    List<Map<String, Object>> relationship =
        jdbc.queryForList(
            """
            select r.id, r.county_id, r.child_id, r.responsible_worker_id from client_relationship r
              join employee e on e.id = r.responsible_worker_id
              join person p on p.id = r.child_id
             where e.username = 'social.worker' and r.state = 'ACTIVE' and r.kind = 'CHILD_WELFARE'
               and p.birth_date <= :twelveYearsAgo
             order by r.started_on limit 1
            """,
            new MapSqlParameterSource("twelveYearsAgo", today.minusYears(12)));
    if (relationship.isEmpty()) {
      return;
    }
    Map<String, Object> r = relationship.getFirst();
    jdbc.update(
        """
        insert into decision (id, county_id, child_id, relationship_id, decision_type, measure, language, starts_on,
                              ends_on, goals, reasons, contact_person_id, contact_details, state, prepared_by)
        values (:id, :county, :child, :relationship, 'GRANT', 'SUPPORT_PERSON', 'FI', :startsOn,
                :endsOn, :goals, :reasons, :worker, 'sosiaalityo@example.invalid', 'DRAFT', :worker)
        """,
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("county", r.get("county_id"))
            .addValue("child", r.get("child_id"))
            .addValue("relationship", r.get("id"))
            .addValue("worker", r.get("responsible_worker_id"))
            .addValue("startsOn", today.plusWeeks(2))
            .addValue("endsOn", today.plusWeeks(28))
            .addValue("goals", "Nuorella on turvallinen aikuinen, jonka kanssa harrastaa ja puhua viikoittain.")
            .addValue(
                "reasons",
                "Nuori on toivonut tukihenkilöä, ja tarve on kirjattu asiakassuunnitelmaan. Tukihenkilö tukee"
                    + " koulunkäyntiä ja vapaa-aikaa."));
  }
}
