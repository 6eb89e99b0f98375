package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference content shipped in the migrations: complete, free of charge, and without contact details of people. */
@IntegrationTest
class CatalogueContentTest {
  /**
   * Six or more digits, optionally after a plus and separated by single spaces or hyphens: a phone
   * number. Law references such as "1301/2014" or "(417/2007) 36 §" are not, and 112 is too short.
   */
  static final Pattern PHONE = Pattern.compile("(?<![\\d/])\\+?\\d(?:[ \\-]?\\d){5,}(?![\\d/])");

  /** Employees named in the source pages; never to be copied into the catalogue. */
  static final List<String> EMPLOYEE_NAMES = List.of("Somero", "Paaso", "Lukkari");

  static final List<String> ETELA_SAVO_SERVICES =
      List.of(
          "lapsiperheiden-sosiaalityo",
          "sosiaaliohjaus",
          "lastensuojelun-avohuolto",
          "perhetyo",
          "tehostettu-perhetyo",
          "tukihenkilo",
          "tukiperhe",
          "vertaisryhmat",
          "perhekuntoutus");

  @Autowired JdbcTemplate jdbc;

  private static List<String> phoneNumbersIn(String text) {
    Matcher m = PHONE.matcher(text);
    return m.results().map(r -> r.group()).toList();
  }

  @Test
  void thePhonePatternRecognisesPhoneNumbersButNotLawReferences() {
    assertThat(phoneNumbersIn("p. 044 4793 263")).containsExactly("044 4793 263");
    assertThat(phoneNumbersIn("numerossa 09 816 42439.")).containsExactly("09 816 42439");
    assertThat(phoneNumbersIn("+358 40 123-4567")).containsExactly("+358 40 123-4567");
    assertThat(phoneNumbersIn("0447654321")).hasSize(1);
    assertThat(phoneNumbersIn("Soita 112. Lastensuojelulaki (417/2007) 36 §, SHL 1301/2014 18 §, 12 vuotta, 1.9.2021"))
        .isEmpty();
  }

  @Test
  void noCatalogueTextContainsAPhoneNumberOrAnEmployeesName() {
    List<Map<String, Object>> rows = jdbc.queryForList("select * from catalogue_service_text");
    assertThat(rows).isNotEmpty();
    for (Map<String, Object> row : rows) {
      for (TextField field : TextField.values()) {
        String text = (String) row.get(field.column());
        assertThat(phoneNumbersIn(text)).as("%s %s %s", row.get("service_id"), row.get("lang"), field).isEmpty();
        assertThat(text).as("%s %s", row.get("service_id"), field).doesNotContain(EMPLOYEE_NAMES);
      }
    }
  }

  @Test
  void etelaSavoDescribesEachOfItsFamilyServicesInThreeLanguagesFreeOfCharge() {
    for (String slug : ETELA_SAVO_SERVICES) {
      List<Map<String, Object>> texts =
          jdbc.queryForList(
              """
              select t.* from catalogue_service_text t
              join catalogue_service s on s.id = t.service_id
              join county c on c.id = s.county_id
              where c.code = 'etela-savo' and s.slug = ? order by t.lang
              """,
              slug);
      assertThat(texts).as(slug).extracting(r -> r.get("lang")).containsExactly("en", "fi", "sv");
      for (Map<String, Object> t : texts) {
        for (String column : List.of("name", "summary", "description", "target_group", "terms", "how_to_get", "legal_basis", "provider")) {
          assertThat((String) t.get(column)).as("%s %s %s", slug, t.get("lang"), column).isNotBlank();
        }
        assertThat((String) t.get("cost"))
            .as(slug)
            .isIn("Palvelu on maksuton.", "Tjänsten är avgiftsfri.", "The service is free of charge.");
        assertThat((String) t.get("legal_basis")).as(slug).containsAnyOf("1301/2014", "417/2007");
      }
    }
  }

  @Test
  void etelaSavoServicesCoverItsSevenMunicipalities() {
    Integer narrower =
        jdbc.queryForObject(
            """
            select count(*) from catalogue_service s join county c on c.id = s.county_id
            where c.code = 'etela-savo' and s.slug in (?, ?, ?, ?, ?, ?, ?, ?, ?)
              and (select count(*) from catalogue_service_area a where a.service_id = s.id) <> 7
            """,
            Integer.class,
            ETELA_SAVO_SERVICES.toArray());
    assertThat(narrower).isZero();
  }

  @Test
  void suupohjaAndEspooHaveTheirOwnEntriesInTheirOwnAreas() {
    assertThat(
            jdbc.queryForList(
                """
                select c.code || ':' || s.slug || ':' || m.name_fi from catalogue_service s
                join county c on c.id = s.county_id
                join catalogue_service_area a on a.service_id = s.id
                join municipality m on m.code = a.municipality_code
                where s.id in ('c47a2000-0001-4000-8000-000000000001', 'c47a3000-0001-4000-8000-000000000001')
                order by 1
                """,
                String.class))
        .containsExactly(
            "espoo:lapsiperheiden-sosiaalityo-ja-lastensuojelu:Espoo",
            "suupohja:lastensuojelun-avohuolto:Isojoki",
            "suupohja:lastensuojelun-avohuolto:Karijoki",
            "suupohja:lastensuojelun-avohuolto:Kauhajoki",
            "suupohja:lastensuojelun-avohuolto:Teuva");
  }

  @Test
  void everyAreaStaysWithinTheServicesOwnCounty() {
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from catalogue_service_area a
                join catalogue_service s on s.id = a.service_id
                join municipality m on m.code = a.municipality_code
                where m.county_id <> s.county_id
                """,
                Integer.class))
        .isZero();
  }
}
