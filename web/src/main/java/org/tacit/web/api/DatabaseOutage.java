package org.tacit.web.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that does not answer apart from every other failure, however deep the container
 * wrapped it (EJB, Hibernate, the pool): an API call then answers 503 with Retry-After, as a
 * stopped Keycloak does, not 500 ({@link Problems}).
 */
final class DatabaseOutage {

  /** SQLSTATE class 08: the connection could not be made or was lost. */
  private static final String CONNECTION_EXCEPTION = "08";

  private DatabaseOutage() {}

  /**
   * Whether {@code failure} comes, somewhere down its causes, from a connection to the database.
   */
  static boolean cannotReachDatabase(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure;
        cause != null && depth < 64;
        cause = cause.getCause(), depth++) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith(CONNECTION_EXCEPTION))) {
        return true;
      }
    }
    return false;
  }
}
