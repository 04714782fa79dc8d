package org.tacit.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The page a person asked for before sign-in, kept in their session so that the sign-in callback
 * can take them back to it. Only paths inside the portal are kept: a return address never leads to
 * another site.
 */
final class ReturnAddress {

  private static final String ATTRIBUTE = ReturnAddress.class.getName();

  private ReturnAddress() {}

  static void remember(HttpServletRequest request, boolean ajax) {
    String path = request.getRequestURI();
    if (!ajax && "GET".equals(request.getMethod()) && request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, path);
  }

  /** The remembered page, once; empty when none or when it lies outside the portal. */
  static Optional<String> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object path = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return Optional.ofNullable(path)
        .map(Object::toString)
        .filter(
            p ->
                p.startsWith(request.getContextPath() + "/")
                    && !p.startsWith("//")
                    && !p.contains("\\"));
  }
}
