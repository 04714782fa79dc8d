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

  /**
   * How Payara's pool says it could hand out no connection (com.sun.gjc.spi), with no SQLSTATE: the
   * database stopped under a pooled connection, which failed as the transaction enlisted it (the
   * PostgreSQL error survives only in the text of an {@code XAException}), or every connection
   * stayed busy past the pool's wait. Either way the request may succeed later.
   */
  private static final String POOL_HANDED_OUT_NONE = "Error in allocating a connection";

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
          || (cause instanceof SQLException sql && isOutage(sql))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutage(SQLException failure) {
    String state = failure.getSQLState();
    if (state == null) {
      return failure.getMessage() != null && failure.getMessage().startsWith(POOL_HANDED_OUT_NONE);
    }
    return state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(SERVER_GOING_AWAY);
  }
}
