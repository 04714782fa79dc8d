package org.tacit.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.tacit.application.access.SecurityLog;
import org.tacit.web.security.ClientAddress;

/**
 * Records every 403 the container answers (a role that may not open an area, a download the service
 * refused, an API path the role may not call) as a security event, on its way to the forbidden
 * page: the one place all of them pass.
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPages extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean known = SecurityLog.clientAddress().isPresent();
    if (!known) {
      SecurityLog.enterRequest(
          ClientAddress.of(request)); // the error dispatch may come after the request's own filters
    }
    try {
      SecurityLog.refused(
          request.getRemoteUser(),
          "page",
          request.getMethod()
              + " "
              + Optional.ofNullable(refused).map(Object::toString).orElse(request.getRequestURI()),
          "403");
    } finally {
      if (!known) {
        SecurityLog.leaveRequest();
      }
    }
    chain.doFilter(request, response);
  }
}
