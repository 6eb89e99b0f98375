package fi.verso.catalogue;

import fi.verso.accesslog.AccessLog;
import fi.verso.accesslog.Purpose;
import fi.verso.calendar.HelsinkiTime;
import fi.verso.organisation.Municipality;
import fi.verso.organisation.Organisation;
import fi.verso.shared.i18n.UiLanguage;
import fi.verso.shared.security.AccessTarget;
import fi.verso.shared.security.Action;
import fi.verso.shared.security.Actor;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue: the public list, search and service pages of one county, and the
 * administrators' editing of its entries. Every method takes the county; no query crosses counties.
 */
@Service
public class Catalogue {
  private final NamedParameterJdbcTemplate jdbc;
  private final Organisation organisation;
  private final AccessLog accessLog;
  private final Clock clock;

  Catalogue(NamedParameterJdbcTemplate jdbc, Organisation organisation, AccessLog accessLog, Clock clock) {
    this.jdbc = jdbc;
    this.organisation = organisation;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /** One line of the public list. */
  public record ServiceSummary(String slug, String name, String summary) {}

  /** The public page of one service, in one language. */
  public record ServiceDetail(
      UUID id,
      String slug,
      ServiceText text,
      List<Municipality> area,
      List<UiLanguage> serviceLanguages,
      LocalDate updated) {}

  /** One line of the administrators' list. */
  public record AdminEntry(UUID id, String slug, String name, LocalDate updated) {}

  /** An entry opened for editing: the form starts from what is saved. */
  public record EditableService(UUID id, ServiceForm form, LocalDate updated) {}

  /** What became of a save. */
  public sealed interface SaveOutcome {
    record Saved(UUID id) implements SaveOutcome {}

    record Invalid(List<ServiceForm.Problem> problems) implements SaveOutcome {}

    /** Someone else saved first; {@code current} is what they saved. */
    record Stale(EditableService current) implements SaveOutcome {}

    record NotFound() implements SaveOutcome {}
  }

  /**
   * The county's services, optionally only those available in one municipality (a code of another
   * county finds nothing). Ordered by name as the language sorts it.
   */
  @Transactional(readOnly = true)
  public List<ServiceSummary> list(UUID countyId, UiLanguage lang, Optional<String> municipality) {
    List<ServiceSummary> services =
        new ArrayList<>(jdbc.query(CatalogueQueries.LIST, filter(countyId, lang, municipality), SUMMARY));
    Collator collator = Collator.getInstance(lang.locale());
    services.sort(Comparator.comparing(ServiceSummary::name, collator));
    return services;
  }

  /** Full-text search in the page's language, best matches first. An empty query lists everything. */
  @Transactional(readOnly = true)
  public List<ServiceSummary> search(UUID countyId, UiLanguage lang, String query, Optional<String> municipality) {
    SearchQuery q = new SearchQuery(query);
    if (q.isEmpty()) {
      return list(countyId, lang, municipality);
    }
    MapSqlParameterSource params =
        filter(countyId, lang, municipality)
            .addValue("query", q.text())
            .addValue("prefixes", q.prefixes().orElse(null));
    return jdbc.query(CatalogueQueries.SEARCH, params, SUMMARY);
  }

  /** A service of this county by its address; never another county's. */
  @Transactional(readOnly = true)
  public Optional<ServiceDetail> service(UUID countyId, String slug, UiLanguage lang) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("countyId", countyId).addValue("slug", slug).addValue("lang", lang.code());
    return jdbc.query(CatalogueQueries.DETAIL, params, (rs, i) -> detail(rs, countyId, lang)).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<AdminEntry> entries(UUID countyId, UiLanguage lang) {
    MapSqlParameterSource params = new MapSqlParameterSource("countyId", countyId).addValue("lang", lang.code());
    List<AdminEntry> entries =
        new ArrayList<>(
            jdbc.query(
                CatalogueQueries.ADMIN_LIST,
                params,
                (rs, i) ->
                    new AdminEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("name"),
                        date(rs.getTimestamp("content_updated_at")))));
    entries.sort(Comparator.comparing(AdminEntry::name, Collator.getInstance(lang.locale())));
    return entries;
  }

  @Transactional(readOnly = true)
  public Optional<EditableService> forEdit(UUID countyId, UUID id) {
    MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("countyId", countyId);
    return jdbc.query(CatalogueQueries.SERVICE_FOR_EDIT, params, (rs, i) -> editable(rs)).stream().findFirst();
  }

  /** The municipalities an entry of this county may cover, in the order of the form. */
  @Transactional(readOnly = true)
  public List<Municipality> municipalities(UUID countyId) {
    return organisation.municipalities(countyId);
  }

  /**
   * Saves an edited entry if it is valid and nobody else saved it since the form was opened. The
   * public "last updated" date becomes today; the access log row commits with the change.
   */
  @Transactional
  public SaveOutcome save(Actor.Employee actor, UUID id, ServiceForm form) {
    List<ServiceForm.Problem> problems = form.problems(municipalityCodes(actor.countyId()), false);
    if (!problems.isEmpty()) {
      return forEdit(actor.countyId(), id).<SaveOutcome>map(e -> new SaveOutcome.Invalid(problems))
          .orElse(new SaveOutcome.NotFound());
    }
    MapSqlParameterSource params =
        new MapSqlParameterSource("id", id)
            .addValue("countyId", actor.countyId())
            .addValue("version", form.version())
            .addValue("serviceLanguages", languageCodes(form.serviceLanguages()))
            .addValue("now", Timestamp.from(clock.instant()));
    if (jdbc.update(CatalogueQueries.UPDATE_SERVICE, params) == 0) {
      return forEdit(actor.countyId(), id).<SaveOutcome>map(SaveOutcome.Stale::new)
          .orElse(new SaveOutcome.NotFound());
    }
    writeTextsAndArea(id, form);
    accessLog.record(actor, Action.CATALOGUE_MANAGE, Purpose.ADMINISTRATION, AccessTarget.of("catalogue_service", id));
    return new SaveOutcome.Saved(id);
  }

  /** Adds a new entry to the actor's county. */
  @Transactional
  public SaveOutcome create(Actor.Employee actor, ServiceForm form) {
    List<ServiceForm.Problem> problems = new ArrayList<>(form.problems(municipalityCodes(actor.countyId()), true));
    boolean slugTaken =
        Boolean.TRUE.equals(
            jdbc.queryForObject(
                CatalogueQueries.SLUG_TAKEN,
                new MapSqlParameterSource("countyId", actor.countyId()).addValue("slug", form.slug()),
                Boolean.class));
    if (slugTaken) {
      problems.addFirst(new ServiceForm.Problem("slug", "admin.slug", null, "admin.error.slugTaken", List.of()));
    }
    if (!problems.isEmpty()) {
      return new SaveOutcome.Invalid(problems);
    }
    UUID id = UUID.randomUUID();
    jdbc.update(
        CatalogueQueries.INSERT_SERVICE,
        new MapSqlParameterSource("id", id)
            .addValue("countyId", actor.countyId())
            .addValue("slug", form.slug())
            .addValue("serviceLanguages", languageCodes(form.serviceLanguages()))
            .addValue("now", Timestamp.from(clock.instant())));
    writeTextsAndArea(id, form);
    accessLog.record(actor, Action.CATALOGUE_MANAGE, Purpose.ADMINISTRATION, AccessTarget.of("catalogue_service", id));
    return new SaveOutcome.Saved(id);
  }

  private void writeTextsAndArea(UUID id, ServiceForm form) {
    Timestamp now = Timestamp.from(clock.instant());
    for (UiLanguage lang : UiLanguage.values()) {
      MapSqlParameterSource params =
          new MapSqlParameterSource("serviceId", id).addValue("lang", lang.code()).addValue("now", now);
      for (TextField field : TextField.values()) {
        params.addValue(field.column(), form.text(lang, field));
      }
      jdbc.update(CatalogueQueries.UPSERT_TEXT, params);
    }
    jdbc.update(CatalogueQueries.DELETE_AREA, new MapSqlParameterSource("serviceId", id));
    for (String code : form.municipalities()) {
      jdbc.update(
          CatalogueQueries.INSERT_AREA,
          new MapSqlParameterSource("serviceId", id).addValue("municipalityCode", code).addValue("now", now));
    }
  }

  private List<String> municipalityCodes(UUID countyId) {
    return organisation.municipalities(countyId).stream().map(Municipality::code).toList();
  }

  private static MapSqlParameterSource filter(UUID countyId, UiLanguage lang, Optional<String> municipality) {
    return new MapSqlParameterSource("countyId", countyId)
        .addValue("lang", lang.code())
        .addValue("municipality", municipality.filter(m -> !m.isBlank()).orElse(null));
  }

  private ServiceDetail detail(ResultSet rs, UUID countyId, UiLanguage lang) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Set<String> codes = area(id);
    List<Municipality> area =
        organisation.municipalities(countyId).stream().filter(m -> codes.contains(m.code())).toList();
    List<Municipality> sorted = new ArrayList<>(area);
    sorted.sort(Comparator.comparing(m -> m.name(lang), Collator.getInstance(lang.locale())));
    return new ServiceDetail(
        id,
        rs.getString("slug"),
        text(rs),
        List.copyOf(sorted),
        List.copyOf(languages(rs.getArray("service_languages"))),
        date(rs.getTimestamp("content_updated_at")));
  }

  private EditableService editable(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    Map<UiLanguage, ServiceText> texts = new EnumMap<>(UiLanguage.class);
    jdbc.query(
        CatalogueQueries.TEXTS_FOR_EDIT,
        new MapSqlParameterSource("serviceId", id),
        r -> {
          Optional<UiLanguage> lang = UiLanguage.fromCode(r.getString("lang"));
          if (lang.isPresent()) {
            texts.put(lang.get(), text(r));
          }
        });
    ServiceForm form =
        new ServiceForm(
            rs.getString("slug"), texts, languages(rs.getArray("service_languages")), area(id), rs.getLong("version"));
    return new EditableService(id, form, date(rs.getTimestamp("content_updated_at")));
  }

  private Set<String> area(UUID serviceId) {
    return Set.copyOf(
        jdbc.query(
            CatalogueQueries.AREA,
            new MapSqlParameterSource("serviceId", serviceId),
            (rs, i) -> rs.getString("municipality_code").trim()));
  }

  private static ServiceText text(ResultSet rs) throws SQLException {
    Map<TextField, String> values = new EnumMap<>(TextField.class);
    for (TextField field : TextField.values()) {
      values.put(field, rs.getString(field.column()));
    }
    return new ServiceText(values);
  }

  private static Set<UiLanguage> languages(Array array) throws SQLException {
    Set<UiLanguage> languages = EnumSet.noneOf(UiLanguage.class);
    for (String code : (String[]) array.getArray()) {
      UiLanguage.fromCode(code).ifPresent(languages::add);
    }
    return languages;
  }

  private static String[] languageCodes(Set<UiLanguage> languages) {
    return languages.stream().sorted().map(UiLanguage::code).toArray(String[]::new);
  }

  private static LocalDate date(Timestamp timestamp) {
    return HelsinkiTime.dateOf(timestamp.toInstant());
  }

  private static final RowMapper<ServiceSummary> SUMMARY =
      (rs, i) -> new ServiceSummary(rs.getString("slug"), rs.getString("name"), rs.getString("summary"));
}
