package fi.verso.service;

import fi.verso.decision.DecisionIssued;
import fi.verso.decision.DecisionType;
import fi.verso.decision.Measure;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A decision that ends a measure (päätös tukitoimen päättämisestä) marks the child's running family work
 * period or support match of that kind as ended by decision, in the deciding transaction, so that it shows up
 * among the responsible worker's ended measures until it is closed or renewed.
 */
@Component
class DecisionEnds {
  private final NamedParameterJdbcTemplate jdbc;

  DecisionEnds(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DecisionIssued decision) {
    if (decision.type() != DecisionType.END) {
      return;
    }
    LocalDate endedOn = decision.startsOn().or(() -> decision.endsOn()).orElse(decision.decidedOn());
    MapSqlParameterSource p =
        new MapSqlParameterSource("childId", decision.childId())
            .addValue("endedOn", endedOn)
            .addValue("decisionId", decision.decisionId());
    familyWorkKind(decision.measure()).ifPresent(kind -> jdbc.update(END_FAMILY_WORK, p.addValue("kind", kind)));
    supportKind(decision.measure()).ifPresent(kind -> jdbc.update(END_SUPPORT_MATCH, p.addValue("kind", kind)));
  }

  static Optional<String> familyWorkKind(Measure measure) {
    return switch (measure) {
      case FAMILY_WORK -> Optional.of("FAMILY_WORK");
      case INTENSIFIED_FAMILY_WORK -> Optional.of("INTENSIFIED_FAMILY_WORK");
      default -> Optional.empty();
    };
  }

  static Optional<String> supportKind(Measure measure) {
    return switch (measure) {
      case SUPPORT_PERSON, SUPPORT_PERSON_SHL -> Optional.of("SUPPORT_PERSON");
      case SUPPORT_FAMILY, SUPPORT_FAMILY_SHL -> Optional.of("SUPPORT_FAMILY");
      default -> Optional.empty();
    };
  }

  private static final String END_FAMILY_WORK =
      """
      update family_work_period set decision_ended_on = :endedOn, decision_id = :decisionId, modified_at = now()
       where child_id = :childId and kind = :kind and ended_on is null
      """;

  private static final String END_SUPPORT_MATCH =
      """
      update support_match m set decision_ended_on = :endedOn, decision_id = :decisionId, modified_at = now()
        from support_provider p
       where p.id = m.provider_id and p.kind = :kind and m.child_id = :childId and m.closed_on is null
      """;
}
