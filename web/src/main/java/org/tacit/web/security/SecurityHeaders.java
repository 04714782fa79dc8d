package org.tacit.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tacit.application.access.SecurityLog;

/**
 * The headers every answer of the portal carries (ASVS V14.4), and the client address that the
 * security trail records for whatever this request makes the services do.
 *
 * <p>Pages get their Content Security Policy from PrimeFaces' CSP mode (web.xml: a nonce per page,
 * inline handlers moved into nonce'd scripts); the integration API, which never serves script, gets
 * a policy that allows nothing. Everything but the static resources (scripts, styles, images, which
 * hold no user data) is {@code no-store}, so that a shared computer's cache keeps no signed-in
 * page, report or download.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** For answers that are data, never a page: nothing may load, nothing may frame them. */
  static final String DATA_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    String path = request.getServletPath();
    if (!isStaticResource(request, path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (BearerSignIn.isApi(request)) {
      response.setHeader("Content-Security-Policy", DATA_POLICY);
    }
    SecurityLog.enterRequest(ClientAddress.of(request));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityLog.leaveRequest();
    }
  }

  private static boolean isStaticResource(HttpServletRequest request, String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || request
            .getRequestURI()
            .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
  }
}
