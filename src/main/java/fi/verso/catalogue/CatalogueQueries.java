package fi.verso.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The catalogue's SQL. Every query is limited to one county: no page can reach another county's rows. */
final class CatalogueQueries {
  private CatalogueQueries() {}

  private static final String IN_MUNICIPALITY =
      """
        and (cast(:municipality as text) is null
       or exists (select 1 from catalogue_service_area a
                  where a.service_id = s.id and a.municipality_code = cast(:municipality as text)))
      """;

  static final String LIST =
      """
      select s.slug, t.name, t.summary
      from catalogue_service s
      join catalogue_service_text t on t.service_id = s.id and t.lang = :lang
      where s.county_id = :countyId
      """
          + IN_MUNICIPALITY;

  /**
   * Full-text search in the language of the page, with that language's stemmer, so that inflected
   * words find their base forms. {@code :prefixes} (optional) also lets a partly typed word match.
   */
  static final String SEARCH =
      """
      with q as (
        select websearch_to_tsquery(catalogue_text_config(:lang), :query) as words,
               case when cast(:prefixes as text) is null then null
                    else to_tsquery(catalogue_text_config(:lang), cast(:prefixes as text)) end as prefixes
      )
      select s.slug, t.name, t.summary,
             ts_rank(t.search, case when q.prefixes is null then q.words else q.words || q.prefixes end) as rank
      from catalogue_service s
      join catalogue_service_text t on t.service_id = s.id and t.lang = :lang
      cross join q
      where s.county_id = :countyId
        and (t.search @@ q.words or (q.prefixes is not null and t.search @@ q.prefixes))
      """
          + IN_MUNICIPALITY
          + """
      order by rank desc, t.name
      """;

  private static final String TEXT_COLUMNS =
      Arrays.stream(TextField.values()).map(f -> "t." + f.column()).collect(Collectors.joining(", "));

  static final String DETAIL =
      "select s.id, s.slug, s.service_languages, s.content_updated_at, "
          + TEXT_COLUMNS
          + """

          from catalogue_service s
          join catalogue_service_text t on t.service_id = s.id and t.lang = :lang
          where s.county_id = :countyId and s.slug = :slug
          """;

  static final String AREA =
      "select municipality_code from catalogue_service_area where service_id = :serviceId";

  static final String ADMIN_LIST =
      """
      select s.id, s.slug, s.content_updated_at, t.name
      from catalogue_service s
      join catalogue_service_text t on t.service_id = s.id and t.lang = :lang
      where s.county_id = :countyId
      """;

  static final String SERVICE_FOR_EDIT =
      """
      select id, slug, service_languages, content_updated_at, version
      from catalogue_service where id = :id and county_id = :countyId
      """;

  static final String TEXTS_FOR_EDIT =
      "select t.lang, " + TEXT_COLUMNS + " from catalogue_service_text t where t.service_id = :serviceId";

  static final String SLUG_TAKEN =
      "select exists (select 1 from catalogue_service where county_id = :countyId and slug = :slug)";

  static final String INSERT_SERVICE =
      """
      insert into catalogue_service (id, county_id, slug, service_languages, content_updated_at, version,
                                     created_at, modified_at)
      values (:id, :countyId, :slug, :serviceLanguages, :now, 0, :now, :now)
      """;

  /** Refused (no row) when someone else saved after this form was opened. */
  static final String UPDATE_SERVICE =
      """
      update catalogue_service
      set service_languages = :serviceLanguages, content_updated_at = :now, modified_at = :now, version = version + 1
      where id = :id and county_id = :countyId and version = :version
      """;

  private static final String TEXT_COLUMN_NAMES =
      Arrays.stream(TextField.values()).map(TextField::column).collect(Collectors.joining(", "));
  private static final String TEXT_PARAMS =
      Arrays.stream(TextField.values()).map(f -> ":" + f.column()).collect(Collectors.joining(", "));
  private static final String TEXT_UPDATES =
      Arrays.stream(TextField.values())
          .map(f -> f.column() + " = excluded." + f.column())
          .collect(Collectors.joining(", "));

  static final String UPSERT_TEXT =
      "insert into catalogue_service_text (service_id, lang, "
          + TEXT_COLUMN_NAMES
          + ", created_at, modified_at) values (:serviceId, :lang, "
          + TEXT_PARAMS
          + ", :now, :now) on conflict (service_id, lang) do update set "
          + TEXT_UPDATES
          + ", modified_at = excluded.modified_at";

  static final String DELETE_AREA = "delete from catalogue_service_area where service_id = :serviceId";

  static final String INSERT_AREA =
      """
      insert into catalogue_service_area (service_id, municipality_code, created_at)
      values (:serviceId, :municipalityCode, :now)
      """;
}
