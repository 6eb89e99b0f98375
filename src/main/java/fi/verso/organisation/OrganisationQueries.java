package fi.verso.organisation;

import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;

final class OrganisationQueries {
  private OrganisationQueries() {}

  static final String COUNTY_BY_CODE =
      """
      select id, code, name_fi, name_sv, name_en, social_emergency_phone
      from county where code = :code
      """;

  static final String MUNICIPALITIES_OF_COUNTY =
      """
      select code, name_fi, name_sv from municipality
      where county_id = :countyId order by name_fi
      """;

  static final RowMapper<County> COUNTY =
      (rs, i) ->
          new County(
              rs.getObject("id", java.util.UUID.class),
              rs.getString("code"),
              rs.getString("name_fi"),
              rs.getString("name_sv"),
              rs.getString("name_en"),
              Optional.ofNullable(rs.getString("social_emergency_phone")));

  static final RowMapper<Municipality> MUNICIPALITY =
      (rs, i) -> new Municipality(rs.getString("code").trim(), rs.getString("name_fi"), rs.getString("name_sv"));
}
