package fi.verso.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema, as migrated into a real PostgreSQL, follows the conventions every module relies on. Checked
 * against the catalogue rather than the SQL text, so it holds whatever way a migration is written.
 */
@IntegrationTest
class SchemaConventionsTest {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path MODULES = Path.of("src/main/java/fi/verso");
  private static final String FLYWAY = "flyway_schema_history";

  /**
   * Names that mean a row's creation or last change but are not spelt created_at / modified_at. Named
   * events (status_changed_at) are not row bookkeeping and are left alone.
   */
  private static final String NOT_THE_CONVENTION =
      "(?:last_|date_|time_)?(?:created|creation|create|inserted|insertion|updated|update|modified"
          + "|modification|changed|change|edited)(?:_(?:at|on|time|date|ts|timestamp|datetime|when))?";

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void instantsAreStoredWithTimeZone() {
    assertThat(timestampsWithoutTimeZone()).as("timestamp without time zone; use timestamptz").isEmpty();
  }

  @Test
  void noColumnIsPlainJson() {
    assertThat(jsonColumns()).as("json; use jsonb if at all").isEmpty();
  }

  @Test
  void everyTableHasAPrimaryKey() {
    assertThat(tablesWithoutPrimaryKey()).isEmpty();
  }

  @Test
  void everyForeignKeyHasAnIndexLeadingWithItsColumns() {
    assertThat(unindexedForeignKeys()).as("foreign keys without an index leading with their columns").isEmpty();
  }

  @Test
  void everyTableRecordsWhenItsRowsWereCreated() {
    assertThat(tablesWithoutCreatedAt()).as("tables without created_at").isEmpty();
  }

  @Test
  void creationAndModificationColumnsAreNamedCreatedAtAndModifiedAt() {
    assertThat(misnamedBookkeepingColumns()).as("use created_at / modified_at (timestamptz not null)").isEmpty();
  }

  /** The checks are only worth something if they fail: a table breaking every rule, rolled back. */
  @Test
  void theChecksFindATableThatBreaksTheConventions() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              jdbc.execute(
                  """
                  create table convention_probe (
                      county_id uuid references county (id),
                      payload json,
                      created timestamp,
                      updated_at timestamptz
                  )
                  """);
              jdbc.execute("create table convention_probe_keyed (id int primary key, created_at timestamp)");
              assertThat(timestampsWithoutTimeZone())
                  .contains("convention_probe.created", "convention_probe_keyed.created_at");
              assertThat(jsonColumns()).containsExactly("convention_probe.payload");
              assertThat(tablesWithoutPrimaryKey()).containsExactly("convention_probe");
              assertThat(unindexedForeignKeys()).containsExactly("convention_probe.convention_probe_county_id_fkey");
              assertThat(tablesWithoutCreatedAt()).containsExactly("convention_probe");
              assertThat(misnamedBookkeepingColumns())
                  .containsExactly(
                      "convention_probe.created", "convention_probe.updated_at", "convention_probe_keyed.created_at");
              status.setRollbackOnly();
            });
    assertThat(tablesWithoutPrimaryKey()).isEmpty();
  }

  private List<String> timestampsWithoutTimeZone() {
    // Flyway's own history table is Flyway's business.
    return columns("udt_name in ('timestamp', '_timestamp') and c.table_name <> '" + FLYWAY + "'");
  }

  private List<String> jsonColumns() {
    return columns("udt_name in ('json', '_json')");
  }

  private List<String> tablesWithoutPrimaryKey() {
    return jdbc.queryForList(
        """
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and not exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'p')
        order by 1
        """,
        String.class);
  }

  /** An index serves a foreign key when its leading columns are the key's columns (partial ones do not). */
  private List<String> unindexedForeignKeys() {
    record Index(String table, List<Integer> columns) {}
    List<Index> indexes =
        jdbc.query(
            """
            select c.relname as table_name, i.indkey::text as columns
            from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and i.indpred is null
            """,
            (rs, n) -> new Index(rs.getString("table_name"), numbers(rs.getString("columns"))));
    List<String> unindexed = new ArrayList<>();
    jdbc.query(
        """
        select k.conname, c.relname as table_name, array_to_string(k.conkey, ' ') as columns
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and k.contype = 'f'
        order by 2, 1
        """,
        rs -> {
          String table = rs.getString("table_name");
          Set<Integer> key = new HashSet<>(numbers(rs.getString("columns")));
          boolean covered =
              indexes.stream()
                  .filter(i -> i.table().equals(table) && i.columns().size() >= key.size())
                  .anyMatch(i -> new HashSet<>(i.columns().subList(0, key.size())).equals(key));
          if (!covered) {
            unindexed.add(table + "." + rs.getString("conname"));
          }
        });
    return unindexed;
  }

  private List<String> tablesWithoutCreatedAt() {
    Map<String, Set<String>> columns = new HashMap<>();
    for (String column : columns("true")) {
      int dot = column.indexOf('.');
      columns.computeIfAbsent(column.substring(0, dot), t -> new HashSet<>()).add(column.substring(dot + 1));
    }
    assertThat(columns).containsKey("employee");
    return columns.keySet().stream()
        .filter(table -> !table.equals(FLYWAY))
        .filter(table -> !isLog(table, columns.get(table)) && !isPureJoinTable(table, columns.get(table)))
        .filter(table -> !columns.get(table).contains("created_at"))
        .sorted()
        .toList();
  }

  private List<String> misnamedBookkeepingColumns() {
    List<String> misnamed = new ArrayList<>();
    columns("true").stream()
        .filter(c -> !c.startsWith(FLYWAY + "."))
        .filter(c -> c.substring(c.indexOf('.') + 1).matches(NOT_THE_CONVENTION))
        .filter(c -> !c.endsWith(".created_at") && !c.endsWith(".modified_at"))
        .forEach(misnamed::add);
    misnamed.addAll(
        columns("column_name in ('created_at', 'modified_at') and (udt_name <> 'timestamptz' or is_nullable = 'YES')"));
    return misnamed.stream().sorted().toList();
  }

  @Test
  void migrationFilesAreNamedVersionModuleWhat() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> versions = new HashSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (String name : files.map(p -> p.getFileName().toString()).sorted().toList()) {
        if (!name.matches("V\\d{3}__[a-z]+_[a-z0-9_]+\\.sql")) {
          problems.add(name + " does not match V<nnn>__<module>_<what>.sql");
          continue;
        }
        if (!versions.add(name.substring(1, 4))) {
          problems.add(name + " repeats version " + name.substring(1, 4));
        }
        String module = name.substring(6, name.indexOf('_', 6));
        if (!Files.isDirectory(MODULES.resolve(module))) {
          problems.add(name + " names no module: there is no package fi.verso." + module);
        }
      }
    }
    assertThat(versions).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  /** An append-only log records when in its own column (access_log.logged_at) instead. */
  private static boolean isLog(String table, Set<String> columns) {
    return table.endsWith("_log") && columns.contains("logged_at");
  }

  /** A pure join table holds nothing but the two keys it joins. */
  private boolean isPureJoinTable(String table, Set<String> columns) {
    List<String> foreignKeyColumns =
        jdbc.queryForList(
            """
            select distinct a.attname from pg_constraint k
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
            where k.conrelid = cast(? as regclass) and k.contype = 'f'
            """,
            String.class,
            "public." + table);
    return foreignKeyColumns.size() >= 2 && foreignKeyColumns.containsAll(columns);
  }

  /** Columns of public base tables matching a condition on information_schema.columns, as table.column. */
  private List<String> columns(String condition) {
    return jdbc.queryForList(
        "select c.table_name || '.' || c.column_name from information_schema.columns c "
            + "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name "
            + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and (" + condition + ") order by 1",
        String.class);
  }

  private static List<Integer> numbers(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
  }
}
