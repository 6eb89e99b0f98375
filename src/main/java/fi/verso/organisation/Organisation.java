package fi.verso.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The county this deployment serves, and its areas. */
@Service
public class Organisation {
  private final NamedParameterJdbcTemplate jdbc;
  private final String countyCode;
  private volatile County current;

  Organisation(NamedParameterJdbcTemplate jdbc, @Value("${verso.county}") String countyCode) {
    this.jdbc = jdbc;
    this.countyCode = countyCode;
  }

  /** The county of this deployment (cached: it does not change while running). */
  @Transactional(readOnly = true)
  public County currentCounty() {
    County c = current;
    if (c == null) {
      c = county(countyCode).orElseThrow(() -> new IllegalStateException("Unknown county: " + countyCode));
      current = c;
    }
    return c;
  }

  @Transactional(readOnly = true)
  public Optional<County> county(String code) {
    return jdbc.query(OrganisationQueries.COUNTY_BY_CODE, new MapSqlParameterSource("code", code), OrganisationQueries.COUNTY)
        .stream()
        .findFirst();
  }

  @Transactional(readOnly = true)
  public List<Municipality> municipalities(UUID countyId) {
    return jdbc.query(
        OrganisationQueries.MUNICIPALITIES_OF_COUNTY,
        new MapSqlParameterSource("countyId", countyId),
        OrganisationQueries.MUNICIPALITY);
  }
}
