package org.tacit.web.shell;

import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.text.Worded;
import org.tacit.text.Words;
import org.tacit.web.security.CurrentUser;

/**
 * What a page tells the user when a service refused a request: not allowed, not found, or an input
 * the domain does not accept. The container wraps the domain's IllegalArgumentException in an
 * EJBException, so the reason is looked for there too; anything else is a failure, not a refusal,
 * and goes on to the error page. Too much work under way at once is a refusal too: the message says
 * to try again later.
 *
 * <p>Something the caller may not read at all is refused one way, whatever asked for it (a page, an
 * Ajax request, a download): a 403 answered by the forbidden page inside the portal's shell, with a
 * sentence that names what was refused ({@link Refusal}).
 */
public final class Refusals {

  /**
   * The request attribute that carries the sentence naming what was refused to the forbidden page.
   */
  static final String REFUSED = "org.tacit.refused";

  private Refusals() {}

  /** The refusal's sentence in the language of the page being rendered, if it is a refusal. */
  public static Optional<String> reason(RuntimeException failure) {
    return reason(failure, readersLocale());
  }

  static Optional<String> reason(RuntimeException failure, Locale locale) {
    Throwable cause =
        failure instanceof EJBException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof NotPermittedException
            || cause instanceof NotFoundException
            || cause instanceof IllegalArgumentException
            || cause instanceof TooManyAtOnceException
        ? Optional.of(said(cause, locale))
        : Optional.empty();
  }

  /**
   * What {@code failure} tells its reader, in the language of the page being rendered: a service's
   * refusal carries a sentence of the bundle; any other message is shown as it is.
   */
  public static String said(Throwable failure) {
    return said(failure, readersLocale());
  }

  static String said(Throwable failure, Locale locale) {
    return failure instanceof Worded worded
        ? worded.sentence().in(Words.in(locale))
        : failure.getMessage();
  }

  private static Locale readersLocale() {
    return FacesContext.getCurrentInstance() == null ? Locale.ENGLISH : Faces.getLocale();
  }

  /**
   * Refuses the page being opened (from its f:viewAction): 403 and the forbidden page, saying
   * {@code what}. During an Ajax request a status cannot reach the browser, so the refusal is
   * rethrown and OmniFaces' FullAjaxExceptionHandler renders the same page (web.xml maps it).
   */
  public static void refusePage(String what, NotPermittedException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getRequestMap().put(REFUSED, what);
    CDI.current().select(CurrentUser.class).get().keepRolesForRefusal();
    if (faces.getPartialViewContext().isAjaxRequest() || faces.isPostback()) {
      throw refusal;
    }
    Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, what);
  }

  /** Refuses a download before its first byte: 403 and the forbidden page, saying {@code what}. */
  public static void refuseDownload(
      HttpServletRequest request, HttpServletResponse response, String what) throws IOException {
    request.setAttribute(REFUSED, what);
    response.reset();
    response.sendError(HttpServletResponse.SC_FORBIDDEN, what);
  }
}
