package org.tacit.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the portal runs on, set up as in production as far as a benchmark can: H2 as a file
 * (the default datasource), PostgreSQL 17 with durable commits. Each run starts from an empty
 * schema that Flyway migrated, under the persistence unit "tacit" with its own settings (batch size
 * and all); only the transaction type is resource-local, because there is no server.
 */
enum BenchmarkDatabase {
  H2("H2 2.2 file database"),
  POSTGRESQL(
      "PostgreSQL 17, JDBC URL without options (as config/payara/datasource-postgresql.asadmin"
          + " today)"),
  POSTGRESQL_REWRITTEN_BATCHES("PostgreSQL 17, JDBC URL with reWriteBatchedInserts=true");

  private final String description;
  private DataSource dataSource;
  private EmbeddedPostgres postgres;

  BenchmarkDatabase(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** The ways of writing rows plainly that this database has: COPY is PostgreSQL's alone. */
  Set<PlainWrite> plainWrites() {
    return this == H2 ? EnumSet.of(PlainWrite.JDBC_BATCH) : EnumSet.allOf(PlainWrite.class);
  }

  /** Connections outside any persistence unit, for the baselines of plain JDBC. */
  DataSource dataSource() {
    return dataSource;
  }

  /** Starts the database; PostgreSQL stops when the JVM ends. */
  void start(Path work) throws IOException {
    if (this == H2) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          "jdbc:h2:file:" + work.resolve("h2/tacit").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
      h2.setUser("sa");
      h2.setPassword("benchmark");
      dataSource = h2;
      return;
    }
    // zonky turns durability off for tests; a benchmark of writes must pay for it as production
    // does
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("postgresql"))
            .setCleanDataDirectory(true)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopPostgres));
    dataSource =
        this == POSTGRESQL_REWRITTEN_BATCHES
            ? postgres.getPostgresDatabase(Map.of("reWriteBatchedInserts", "true"))
            : postgres.getPostgresDatabase();
  }

  /**
   * An empty, migrated schema, and a persistence unit of its own (sequences cache ids per unit).
   */
  EntityManagerFactory freshJpa() {
    freshSchema(null);
    return Persistence.createEntityManagerFactory(
        "tacit",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", dataSource,
            "jakarta.persistence.nonJtaDataSource", dataSource,
            "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
            "hibernate.generate_statistics", "true"));
  }

  /**
   * Cleans and migrates {@code schema} (the default schema when null) as the portal's migrations
   * would; Flyway creates the schema when it is missing.
   */
  void freshSchema(String schema) {
    var settings =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .cleanDisabled(false);
    if (schema != null) {
      settings.schemas(schema);
    }
    Flyway flyway = settings.load();
    flyway.clean();
    flyway.migrate();
  }

  private void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is ending anyway
    }
  }
}
