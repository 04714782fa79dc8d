package org.tacit.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.tacit.text.Worded;

/**
 * The forbidden page's account of one refusal: what the caller may not read, in their language. A
 * view bean or download names it ({@link Refusals}); a service's refusal that reached the page says
 * its own sentence; an area the container refused by role is named from the address; anything else
 * gets the general sentence.
 */
@Named
@RequestScoped
public class Refusal {

  @Inject PageWords words;

  /** The sentence naming what is refused. */
  public String getWhat() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Object named = context.getRequestMap().get(Refusals.REFUSED);
    if (named != null) {
      return named.toString();
    }
    if (context.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
        && (thrown instanceof Worded || thrown.getCause() instanceof Worded)) {
      return Refusals.said(thrown instanceof Worded ? thrown : thrown.getCause());
    }
    String refused =
        Optional.ofNullable(context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI))
            .map(Object::toString)
            .orElse("");
    String contextPath = context.getRequestContextPath();
    return Arrays.stream(Area.values())
        .filter(area -> refused.startsWith(contextPath + area.path()))
        .findFirst()
        .map(area -> words.text("refusal.area", words.text(area.labelKey())))
        .orElseGet(() -> words.text("refusal.page"));
  }

  /**
   * Answers 403 whichever way the page was reached: a refusal thrown out of an action comes here as
   * an exception's error page, which the container would otherwise answer with 500.
   */
  public void answer() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    if (!context.isResponseCommitted()
        && !FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
      context.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
