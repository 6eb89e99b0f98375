package fi.verso.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

final class PersonQueries {
  private PersonQueries() {}

  static final String COLUMNS =
      "id, first_name, last_name, personal_identity_code, birth_date, street_address, postal_code, post_office,"
          + " municipality_code, language, non_disclosure, source";

  static final String BY_ID = "select " + COLUMNS + " from person where id = :id and county_id = :countyId";

  static final String BY_CODE =
      "select " + COLUMNS + " from person where personal_identity_code = :code and county_id = :countyId";

  static final String BY_NAME_AND_BIRTH_DATE =
      "select " + COLUMNS + " from person where county_id = :countyId and lower(last_name) = lower(:lastName)"
          + " and birth_date = :birthDate and (cast(:firstName as text) is null or lower(first_name) = lower(:firstName))"
          + " order by last_name, first_name";

  static final String GUARDIANS =
      "select " + COLUMNS.replaceAll("([a-z_]+)", "p.$1")
          + " from guardianship g join person p on p.id = g.guardian_id where g.child_id = :childId order by p.last_name, p.first_name";

  static final String INSERT =
      """
      insert into person (id, county_id, first_name, last_name, personal_identity_code, birth_date, street_address,
                          postal_code, post_office, municipality_code, language, non_disclosure, source)
      values (:id, :countyId, :firstName, :lastName, :code, :birthDate, :street, :postalCode, :postOffice,
              :municipality, :language, :nonDisclosure, :source)
      on conflict do nothing
      """;

  static final String INSERT_GUARDIANSHIP =
      "insert into guardianship (child_id, guardian_id) values (:childId, :guardianId) on conflict do nothing";

  static final RowMapper<Person> PERSON =
      (rs, i) -> {
        String municipality = rs.getString("municipality_code");
        return new Person(
            rs.getObject("id", UUID.class),
            rs.getString("first_name"),
            rs.getString("last_name"),
            Optional.ofNullable(rs.getString("personal_identity_code")),
            Optional.ofNullable(rs.getObject("birth_date", LocalDate.class)),
            Optional.ofNullable(rs.getString("street_address")),
            Optional.ofNullable(rs.getString("postal_code")),
            Optional.ofNullable(rs.getString("post_office")),
            Optional.ofNullable(municipality == null ? null : municipality.trim()),
            Optional.ofNullable(rs.getString("language")),
            rs.getBoolean("non_disclosure"),
            rs.getString("source"));
      };
}
