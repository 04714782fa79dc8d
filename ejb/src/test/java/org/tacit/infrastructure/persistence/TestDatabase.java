package org.tacit.infrastructure.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A real database for unit tests of persistence code, migrated by Flyway exactly as in the server,
 * with the persistence unit "tacit" on top (resource-local instead of JTA).
 */
public enum TestDatabase {
  H2,
  POSTGRESQL;

  private static EmbeddedPostgres postgres;

  /** A fresh, migrated, empty schema and the persistence unit on it. */
  public EntityManagerFactory freshJpa() {
    DataSource dataSource = this == H2 ? freshH2() : postgres();
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .cleanDisabled(false)
        .load()
        .clean();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return Persistence.createEntityManagerFactory(
        "tacit",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", dataSource,
            "jakarta.persistence.nonJtaDataSource", dataSource,
            "hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
            "jakarta.persistence.schema-generation.database.action", "none",
            "hibernate.hbm2ddl.auto", "validate"));
  }

  public static <T> T inTransaction(EntityManagerFactory jpa, Function<EntityManager, T> work) {
    EntityManager em = jpa.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public static void inTransactionDo(EntityManagerFactory jpa, Consumer<EntityManager> work) {
    inTransaction(
        jpa,
        em -> {
          work.accept(em);
          return null;
        });
  }

  private static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:test-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  /** One PostgreSQL per test JVM, started on first use and stopped with the JVM. */
  private static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is ending anyway
                    }
                  }));
    }
    return postgres.getPostgresDatabase();
  }
}
