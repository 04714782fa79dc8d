package org.tacit.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every request this server answers, by page ({@link PageNames}), into {@code
 * tacit_requests_seconds} in {@code /metrics}: the figure an operator compares with the 300 ms a
 * page should take (docs/operations.md, "Metrics").
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTimes extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Metadata REQUESTS =
      Metadata.builder()
          .withName("tacit.requests")
          .withDescription("Requests this server answered, by page, from arrival to answer")
          .withUnit(MetricUnits.NANOSECONDS) // recorded in nanoseconds, shown in seconds
          .build();

  @Inject transient MetricRegistry registry;

  private transient PageNames names;

  @Override
  public void init() {
    names = PageNames.found(getServletContext()::getResourcePaths);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      registry
          .timer(
              REQUESTS, new Tag("page", names.of(request.getServletPath(), request.getPathInfo())))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
