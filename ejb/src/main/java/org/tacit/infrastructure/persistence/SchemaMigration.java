package org.tacit.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date when the application starts. Flyway owns the schema on H2 and on
 * PostgreSQL alike (Hibernate never generates it), so both databases run the same migrations.
 *
 * <p>Runs outside a container transaction because Flyway commits each migration itself. A failed
 * migration does not stop the deployment: the readiness check reports it, so an operator sees the
 * cause instead of an application that silently is not there.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = TacitDataSource.JNDI_NAME)
  private DataSource dataSource;

  private volatile String schemaVersion;
  private volatile String failure;

  @PostConstruct
  void migrate() {
    try {
      Flyway flyway =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load();
      flyway.migrate();
      schemaVersion =
          Optional.ofNullable(flyway.info().current())
              .map(MigrationInfo::getVersion)
              .map(Object::toString)
              .orElse("none");
      LOG.info(() -> "Database schema is at version " + schemaVersion);
    } catch (RuntimeException e) {
      failure = "Schema migration failed: " + e.getMessage();
      LOG.log(Level.SEVERE, failure, e);
    }
  }

  /** The applied schema version, or empty while the migration has failed. */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
