package org.tacit.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.web.health.DatabaseOutage;

/**
 * The answer to a page while the database does not answer: the readable 503 page in its database
 * wording, with Retry-After, as when Keycloak is down, rather than the error page with 500. Nothing
 * saved is lost; the person is told to try again in a moment, and a load balancer reads the answer
 * as "not here now".
 */
public final class DatabaseOutagePage {

  /**
   * The request attribute error/unavailable.xhtml reads to say "database" rather than "sign-in".
   */
  public static final String ATTRIBUTE = "org.tacit.web.shell.databaseOutage";

  private static final Logger LOG = Logger.getLogger(DatabaseOutagePage.class.getName());

  private DatabaseOutagePage() {}

  /** Marks the request so that the 503 page, however it is reached, names the database. */
  static void mark(HttpServletRequest request, Throwable failure) {
    LOG.log(
        Level.WARNING,
        "The database did not answer {0}: {1}",
        new Object[] {request.getRequestURI(), String.valueOf(failure)});
    request.setAttribute(ATTRIBUTE, Boolean.TRUE);
  }

  /** Answers the request with the 503 page, if nothing of another answer has gone out yet. */
  static boolean send(HttpServletRequest request, HttpServletResponse response, Throwable failure)
      throws IOException {
    if (response.isCommitted()) {
      return false;
    }
    mark(request, failure);
    response.resetBuffer();
    response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return true;
  }
}
