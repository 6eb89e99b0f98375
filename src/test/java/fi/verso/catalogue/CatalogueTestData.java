package fi.verso.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds catalogue entries straight into the database, one per test, with unique slugs. */
final class CatalogueTestData {
  static final UUID ETELA_SAVO = UUID.fromString("0e7a1c52-0001-4000-8000-000000000001");
  static final UUID SUUPOHJA = UUID.fromString("0e7a1c52-0002-4000-8000-000000000002");
  static final UUID ESPOO = UUID.fromString("0e7a1c52-0003-4000-8000-000000000003");
  static final String PUUMALA = "623";
  static final String JUVA = "178";
  static final String MIKKELI = "491";
  static final String KAUHAJOKI = "232";

  private final JdbcTemplate jdbc;

  CatalogueTestData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String uniqueSlug(String prefix) {
    // Letters only: a run of digits in a test entry's name would look like a phone number to the content check.
    StringBuilder letters = new StringBuilder();
    for (char c : UUID.randomUUID().toString().substring(0, 8).toCharArray()) {
      letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return prefix + "-" + letters;
  }

  Entry entry(UUID county) {
    return new Entry(county);
  }

  final class Entry {
    private final UUID county;
    private String slug = uniqueSlug("test");
    private final Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    private final List<String> area = new ArrayList<>();
    private String[] languages = {"fi"};
    private Instant updated = Instant.parse("2021-09-01T09:00:00Z");

    private Entry(UUID county) {
      this.county = county;
      for (String lang : List.of("fi", "sv", "en")) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("name", "Testipalvelu " + lang + " " + slug);
        t.put("summary", "Tiivistelmä " + lang);
        texts.put(lang, t);
      }
    }

    Entry slug(String value) {
      slug = value;
      return this;
    }

    /** Sets a column of catalogue_service_text in one language. */
    Entry text(String lang, String column, String value) {
      texts.get(lang).put(column, value);
      return this;
    }

    Entry name(String fi, String sv, String en) {
      return text("fi", "name", fi).text("sv", "name", sv).text("en", "name", en);
    }

    Entry area(String... codes) {
      area.addAll(List.of(codes));
      return this;
    }

    Entry languages(String... codes) {
      languages = codes;
      return this;
    }

    Entry updated(Instant instant) {
      updated = instant;
      return this;
    }

    String slug() {
      return slug;
    }

    Created insert() {
      UUID id = UUID.randomUUID();
      jdbc.update(
          "insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at) values (?, ?, ?, ?, ?)",
          id,
          county,
          slug,
          languages,
          Timestamp.from(updated));
      for (Map.Entry<String, Map<String, String>> lang : texts.entrySet()) {
        Map<String, String> t = lang.getValue();
        List<String> columns = new ArrayList<>(t.keySet());
        List<Object> values = new ArrayList<>(List.of(id, lang.getKey()));
        values.addAll(t.values());
        jdbc.update(
            "insert into catalogue_service_text (service_id, lang, "
                + String.join(", ", columns)
                + ") values (?, ?"
                + ", ?".repeat(columns.size())
                + ")",
            values.toArray());
      }
      for (String code : area) {
        jdbc.update("insert into catalogue_service_area (service_id, municipality_code) values (?, ?)", id, code);
      }
      return new Created(id, slug);
    }
  }

  record Created(UUID id, String slug) {}
}
