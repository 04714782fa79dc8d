package org.tacit.web.shell;

import jakarta.ejb.EJBException;
import java.util.Optional;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;

/**
 * What a page tells the user when a service refused a request: not allowed, not found, or an
 * input the domain does not accept. The container wraps the domain's IllegalArgumentException in
 * an EJBException, so the reason is looked for there too; anything else is a failure, not a
 * refusal, and goes on to the error page. Too much work under way at once is a refusal too: the
 * message says to try again later.
 */
public final class Refusals {

  private Refusals() {}

  public static Optional<String> reason(RuntimeException failure) {
    Throwable cause = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof NotPermittedException || cause instanceof NotFoundException
        || cause instanceof IllegalArgumentException || cause instanceof TooManyAtOnceException
        ? Optional.of(cause.getMessage()) : Optional.empty();
  }
}
