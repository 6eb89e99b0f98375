package fi.verso.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.VersoApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With the standard Spring datasource settings Verso uses that server: it starts no embedded PostgreSQL,
 * Flyway migrates the external database, and no demo users or demo data are created there.
 */
class ExternalDatabaseTest {

  @Test
  void anExternalServerIsMigratedAndGetsNoEmbeddedServerAndNoDemoUsers() throws Exception {
    Path dir = Files.createTempDirectory("verso-external-pg");
    try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
      SpringApplication app = new SpringApplication(VersoApplication.class);
      try (ConfigurableApplicationContext context =
          app.run(
              "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
              "--spring.datasource.username=postgres",
              "--spring.datasource.password=",
              "--server.port=0",
              "--logging.level.root=WARN")) {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
            .isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from county", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from employee", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from intake_matter", Integer.class)).isZero();
      }
    }
  }
}
