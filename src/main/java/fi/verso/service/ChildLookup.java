package fi.verso.service;

import fi.verso.shared.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The child a page is about and the child's active client relationships, which every measure hangs on. Reads
 * the person and client modules' tables: those modules have no read model for this yet.
 */
@Component
class ChildLookup {
  private final NamedParameterJdbcTemplate jdbc;

  ChildLookup(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ChildSummary> child(Actor.Employee actor, UUID childId) {
    return jdbc.query(FamilyWorkQueries.CHILD, params(actor, childId), FamilyWorkQueries.CHILD_ROW).stream().findFirst();
  }

  List<RelationshipOption> relationships(Actor.Employee actor, UUID childId) {
    return jdbc.query(
        FamilyWorkQueries.ACTIVE_RELATIONSHIPS,
        params(actor, childId),
        (rs, i) ->
            new RelationshipOption(
                rs.getObject("id", UUID.class), rs.getString("kind"), FamilyWorkQueries.date(rs, "started_on")));
  }

  private static MapSqlParameterSource params(Actor.Employee actor, UUID childId) {
    return new MapSqlParameterSource("childId", childId).addValue("countyId", actor.countyId());
  }
}
