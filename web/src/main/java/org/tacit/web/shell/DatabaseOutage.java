package org.tacit.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that needs the database while it does not answer gets the readable 503 page, as when
 * Keycloak is down, not the error page with 500: nothing is lost, the person is told to try again
 * in a moment, and a load balancer treats the answer as "not here now". Mapped in web.xml ahead of
 * every other filter, so that it sees what the Faces exception filter passes on.
 */
public class DatabaseOutage extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** SQLSTATE class 08: the connection could not be made or was lost. */
  private static final String CONNECTION_EXCEPTION = "08";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!cannotReachDatabase(e) || response.isCommitted()) {
        throw e;
      }
      LOG.log(
          Level.WARNING,
          "The database did not answer {0}: {1}",
          new Object[] {request.getRequestURI(), e});
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

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
              && sql.getSQLState().startsWith(CONNECTION_EXCEPTION))) {
        return true;
      }
    }
    return false;
  }
}
