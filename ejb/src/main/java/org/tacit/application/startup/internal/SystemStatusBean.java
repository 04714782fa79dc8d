package org.tacit.application.startup.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tacit.application.startup.DatabaseStatus;
import org.tacit.application.startup.SystemStatus;
import org.tacit.infrastructure.persistence.SchemaMigration;
import org.tacit.infrastructure.persistence.TacitDataSource;

/** Asks the database itself, on every call, so that a stopped database shows at once. */
@Stateless
@PermitAll // the readiness probe asks without signing in; it reveals no organisation data
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatusBean implements SystemStatus {

  @Resource(lookup = TacitDataSource.JNDI_NAME)
  private DataSource dataSource;

  @EJB private SchemaMigration migration;

  @Override
  public DatabaseStatus database() {
    if (migration.failure().isPresent()) {
      return DatabaseStatus.down(migration.failure().get());
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        return DatabaseStatus.down("The database does not answer.");
      }
      DatabaseMetaData meta = connection.getMetaData();
      return DatabaseStatus.up(
          meta.getDatabaseProductName(),
          meta.getDatabaseProductVersion(),
          migration.schemaVersion().orElse("none"));
    } catch (SQLException e) {
      return DatabaseStatus.down("The database cannot be reached: " + e.getMessage());
    }
  }
}
