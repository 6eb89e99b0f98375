package fi.verso.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL 17 started from the application, with its data in
 * {@code verso.data-dir} so that it survives restarts. Durability is on (zonky's defaults turn fsync and
 * synchronous_commit off, which suits throwaway test databases but not data people rely on).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedDatabaseConfig {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);
  static final String DATABASE = "verso";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${verso.data-dir}") String dataDir,
      @Value("${verso.embedded.clean-on-start:false}") boolean cleanOnStart)
      throws IOException {
    Path dir = Path.of(dataDir).toAbsolutePath();
    Files.createDirectories(dir.getParent());
    long started = System.nanoTime();
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(cleanOnStart)
            .setRegisterShutdownHook(true)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "60")
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8")
            .setPGStartupWait(Duration.ofSeconds(60))
            .start();
    log.info(
        "Embedded PostgreSQL started on port {} in {} ms",
        pg.getPort(),
        (System.nanoTime() - started) / 1_000_000);
    createDatabaseIfMissing(pg);
    return pg;
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
    config.setUsername("postgres");
    config.setMaximumPoolSize(20);
    config.setPoolName("verso-embedded");
    return new HikariDataSource(config);
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + DATABASE + " template template0 encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the embedded database", e);
    }
  }
}
