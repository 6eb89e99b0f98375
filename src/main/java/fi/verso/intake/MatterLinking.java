package fi.verso.intake;

import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Several matters about the same child belong together. The same henkilötunnus links them at once; the
 * same name and birth date only suggests a link, which a worker confirms or rejects (names are not unique).
 */
@Component
class MatterLinking {
  private final NamedParameterJdbcTemplate jdbc;

  MatterLinking(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void linkNewMatter(UUID matterId) {
    MapSqlParameterSource p = new MapSqlParameterSource("matterId", matterId);
    jdbc.update(LINK_BY_PIC, p);
    jdbc.update(SUGGEST_BY_NAME_AND_BIRTH_DATE, p);
  }

  private static final String LINK_BY_PIC =
      """
      insert into intake_matter_link (matter_id, other_matter_id, status, basis)
      select new.id, old.id, 'CONFIRMED', 'PERSONAL_IDENTITY_CODE'
        from intake_matter new
        join intake_matter old on old.county_id = new.county_id
                              and old.child_personal_identity_code = new.child_personal_identity_code
                              and old.id <> new.id
       where new.id = :matterId and new.child_personal_identity_code is not null
      on conflict do nothing
      """;

  /** Only where no henkilötunnus decides it: if both matters carry different codes they are different children. */
  private static final String SUGGEST_BY_NAME_AND_BIRTH_DATE =
      """
      insert into intake_matter_link (matter_id, other_matter_id, status, basis)
      select new.id, old.id, 'SUGGESTED', 'NAME_AND_BIRTH_DATE'
        from intake_matter new
        join intake_matter old on old.county_id = new.county_id
                              and old.id <> new.id
                              and old.child_birth_date = new.child_birth_date
                              and lower(old.child_first_name) = lower(new.child_first_name)
                              and lower(old.child_last_name) = lower(new.child_last_name)
       where new.id = :matterId
         and new.child_birth_date is not null
         and (new.child_personal_identity_code is null or old.child_personal_identity_code is null)
      on conflict do nothing
      """;
}
