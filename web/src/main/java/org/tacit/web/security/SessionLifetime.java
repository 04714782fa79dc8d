package org.tacit.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.application.access.SecurityLog;

/**
 * A signed-in session ends after an absolute lifetime however busy it is (ASVS 3.3.2), as well as
 * after 30 idle minutes (web.xml). Keycloak's own maximum (the realm's SSO Session Max) ends it
 * too, since the portal refreshes its tokens there; this one holds even against a realm set too
 * loosely. An ended session signs out at Keycloak as well, so the next click asks for the password
 * again. A session whose Keycloak session has ended (back-channel logout, {@link SignedInSessions})
 * ends at its next request and starts a new sign-in.
 */
@WebFilter(urlPatterns = "/app/*", asyncSupported = true)
public class SessionLifetime extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

  @Inject
  @ConfigProperty(name = "tacit.session.max-hours", defaultValue = "10")
  long maxHours;

  @Inject KeycloakLogout keycloakLogout;
  @Inject SignedInSessions signedIn;

  private final Clock clock = Clock.systemUTC();

  static void start(HttpSession session) {
    session.setAttribute(SIGNED_IN_AT, Instant.now());
  }

  /** Whether a session signed in at {@code signedInAt} has outlived {@code max} at {@code now}. */
  static boolean outlived(Instant signedInAt, Duration max, Instant now) {
    return signedInAt != null && !now.isBefore(signedInAt.plus(max));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Instant signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
    if (outlived(signedInAt, Duration.ofHours(maxHours), clock.instant())) {
      String user = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
      SecurityLog.success(user, "session-expired", "portal");
      keycloakLogout.endSessions(request, response, "sessionEnded");
      return;
    }
    if (session != null && signedIn.endedAtKeycloak(session)) {
      String user = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
      SecurityLog.success(user, "session-ended-at-keycloak", "portal");
      BrowserRedirect.end(session);
      signInAgain(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The same page again, which now starts a sign-in; an AJAX request is told to load it. */
  private static void signInAgain(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String page =
        "GET".equals(request.getMethod())
            ? request.getRequestURI()
            : request.getContextPath() + "/app/";
    BrowserRedirect.send(request, response, page);
  }
}
