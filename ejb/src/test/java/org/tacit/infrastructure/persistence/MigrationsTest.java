package org.tacit.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The same migrations must run on H2 (the default) and on PostgreSQL (production). */
class MigrationsTest {

  @Test
  void migrationsRunOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");

    assertMigratesAndCreatesDepartments(h2);
  }

  @Test
  void migrationsRunOnPostgresql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      assertMigratesAndCreatesDepartments(postgres.getPostgresDatabase());
    }
  }

  private static void assertMigratesAndCreatesDepartments(DataSource dataSource) throws Exception {
    Flyway flyway =
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();

    assertThat(flyway.migrate().success).isTrue();
    assertThat(flyway.migrate().migrationsExecuted).as("a second start changes nothing").isZero();
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      Set<String> found = new HashSet<>();
      while (tables.next()) {
        found.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
      assertThat(found)
          .as("the tables of every migration exist")
          .contains(
              "department",
              "job_role",
              "task",
              "inventory_change",
              "onet_release",
              "onet_occupation",
              "onet_task",
              "horizon_point");
    }
  }
}
