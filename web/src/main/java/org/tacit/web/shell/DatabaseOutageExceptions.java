package org.tacit.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tacit.web.health.DatabaseOutage;

/**
 * A page, or an AJAX action on it, that fails because the database does not answer shows the 503
 * page in its database wording ({@link DatabaseOutagePage}). A page load gets it with status 503;
 * an AJAX action gets it in place through OmniFaces' handler, which it wraps (faces-config.xml), by
 * the exception type web.xml maps to the page.
 */
public class DatabaseOutageExceptions extends ExceptionHandlerFactory {

  public DatabaseOutageExceptions(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      List<Throwable> forOmniFaces = new ArrayList<>();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (failure instanceof UnreachableDatabaseException
            || !DatabaseOutage.cannotReachDatabase(failure)) {
          continue;
        }
        events.remove();
        if (!answered(faces, failure)) {
          forOmniFaces.add(new UnreachableDatabaseException(failure));
        }
      }
      for (Throwable failure : forOmniFaces) {
        faces
            .getApplication()
            .publishEvent(
                faces, ExceptionQueuedEvent.class, new ExceptionQueuedEventContext(faces, failure));
      }
      getWrapped().handle();
    }

    /**
     * A page load is answered here; an AJAX action (or a page whose answer has begun) is left to
     * OmniFaces, which renders the page web.xml maps to {@link UnreachableDatabaseException}.
     */
    private static boolean answered(FacesContext faces, Throwable failure) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      if (faces.getPartialViewContext().isAjaxRequest()) {
        DatabaseOutagePage.mark(request, failure);
        return false;
      }
      try {
        if (DatabaseOutagePage.send(
            request, (HttpServletResponse) external.getResponse(), failure)) {
          faces.responseComplete();
          return true;
        }
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
