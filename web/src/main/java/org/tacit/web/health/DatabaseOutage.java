package org.tacit.web.health;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that does not answer apart from every other failure, however deep the container
 * wrapped it (EJB, Hibernate, the pool): an API call (web.api.Problems), a page and a download
 * (web.shell.DatabaseOutageExceptions and DatabaseOutageFilter) then answer 503 with Retry-After,
 * as a stopped Keycloak does, not 500.
 */
public final class DatabaseOutage {

  /** How long a person or a client is asked to wait before trying again (Retry-After), in s. */
  public static final int RETRY_AFTER_SECONDS = 30;

  /** SQLSTATE class 08: the connection could not be made or was lost. */
  private static final String CONNECTION_EXCEPTION = "08";

  /**
   * SQLSTATE 57P01–57P05: the server is shutting down, crashed, is starting or idle-terminated the
   * session (what a pooled connection meets first when PostgreSQL stops). Not 57014, a cancelled
   * statement, which is the query's own failure.
   */
  private static final String SERVER_GOING_AWAY = "57P";

  private DatabaseOutage() {}

  /**
   * Whether {@code failure} comes, somewhere down its causes, from a connection to the database.
   */
  public static boolean cannotReachDatabase(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure;
        cause != null && depth < 64;
        cause = cause.getCause(), depth++) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                  || sql.getSQLState().startsWith(SERVER_GOING_AWAY)))) {
        return true;
      }
    }
    return false;
  }
}
