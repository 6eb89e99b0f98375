package fi.verso;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsTest {
  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnARealDurablePostgresql17() {
    assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
    assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
  }

  @Test
  void migratesTheSchemaWithFlyway() {
    Integer applied =
        jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
    assertThat(applied).isGreaterThanOrEqualTo(4);
  }
}
