package org.tacit.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tacit.application.SecurityLog;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * exchanged the code for tokens when this runs; the servlet gives the signed-in person a new
 * session id (the one they had before sign-in may have been planted: session fixation, ASVS
 * 3.2.1), starts the session's absolute lifetime, records the sign-in, and takes the person back to
 * the page they asked for (or to the overview).
 */
@WebServlet("/callback")
public class SignInCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String home = request.getContextPath() + "/app/";
    if (request.getUserPrincipal() == null) {
      response.sendRedirect(home);
      return;
    }
    request.changeSessionId();
    SessionLifetime.start(request.getSession());
    SecurityLog.success(request.getUserPrincipal().getName(), "sign-in", "portal");
    response.sendRedirect(ReturnAddress.take(request).orElse(home));
  }
}
