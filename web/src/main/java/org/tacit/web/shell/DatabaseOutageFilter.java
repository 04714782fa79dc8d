package org.tacit.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tacit.web.health.DatabaseOutage;

/**
 * Pages whose database failure happens outside the Faces lifecycle (the session filters that read
 * the database, a download) get the same 503 page as those inside it ({@link
 * DatabaseOutageExceptions}). Mapped in web.xml ahead of the portal's other filters.
 */
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.cannotReachDatabase(e)
          || !DatabaseOutagePage.send(request, response, e)) {
        throw e;
      }
    }
  }
}
