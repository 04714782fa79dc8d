package org.tacit.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in. The OpenID Connect mechanism has already
 * exchanged the code for tokens when this runs; the servlet only takes the person back to the page
 * they asked for (or to the overview).
 */
@WebServlet("/callback")
public class SignInCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String home = request.getContextPath() + "/app/";
    String target = request.getUserPrincipal() == null ? home : ReturnAddress.take(request).orElse(home);
    response.sendRedirect(target);
  }
}
