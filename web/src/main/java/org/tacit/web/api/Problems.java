package org.tacit.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.NotFoundException;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.library.ReleaseRejectedException;
import org.tacit.web.health.DatabaseOutage;

/**
 * Every refusal of the API as a problem document (RFC 9457) with a status a client can act on and a
 * sentence a person can read; never a stack trace. Too much work under way at once is 429 with
 * {@code Retry-After} in seconds.
 */
@Provider
public class Problems implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /**
   * The call being answered (a proxy to the current request), for the security event of a refusal.
   */
  @Context HttpServletRequest request;

  /** The API's error body. */
  public record Problem(int status, String title, String detail) {}

  @Override
  public Response toResponse(Exception exception) {
    Throwable e =
        exception instanceof EJBException wrapped && wrapped.getCause() != null
            ? wrapped.getCause()
            : exception;
    if (e instanceof WebApplicationException web) {
      return problem(web.getResponse().getStatus(), e.getMessage());
    }
    if (e instanceof NotPermittedException
        || e instanceof EJBAccessException
        || e instanceof AccessLocalException) {
      String reason =
          e instanceof NotPermittedException ? e.getMessage() : "Your role does not allow this.";
      SecurityLog.refused(
          request.getRemoteUser(),
          "api",
          request.getMethod() + " " + request.getRequestURI(),
          reason);
      return problem(403, reason);
    }
    if (e instanceof NotFoundException) {
      return problem(404, e.getMessage());
    }
    if (e instanceof StaleEditException) {
      return problem(409, e.getMessage());
    }
    if (e instanceof ReleaseRejectedException) {
      return problem(422, "Nothing was loaded: " + e.getMessage());
    }
    if (e instanceof TooManyAtOnceException busy) {
      return Response.fromResponse(problem(429, e.getMessage()))
          .header("Retry-After", Integer.toString(busy.retryAfterSeconds()))
          .build();
    }
    if (e instanceof IllegalArgumentException) {
      return problem(400, e.getMessage());
    }
    if (DatabaseOutage.cannotReachDatabase(e)) {
      LOG.log(Level.WARNING, "The database did not answer an API call: {0}", e.toString());
      return Response.fromResponse(
              problem(
                  503,
                  "Tacit cannot reach its database right now; nothing was saved from this"
                      + " request."))
          .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
          .build();
    }
    LOG.log(Level.SEVERE, "The API could not answer", e);
    return problem(500, "Tacit could not complete this request; nothing was saved from it.");
  }

  private static Response problem(int status, String detail) {
    return Response.status(status)
        .type(MediaType.valueOf("application/problem+json"))
        .entity(
            new Problem(
                status,
                Response.Status.fromStatusCode(status) == null
                    ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(),
                detail))
        .build();
  }
}
