package org.tacit.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sending the browser elsewhere from outside Faces (sign-in, session end). An XMLHttpRequest cannot
 * follow a redirect, so a Faces AJAX request gets a partial-response that tells the page to go
 * there itself.
 */
final class BrowserRedirect {

  private BrowserRedirect() {}

  static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** A redirect, or for a Faces AJAX request the partial-response that does it. */
  static void send(HttpServletRequest request, HttpServletResponse response, String address)
      throws IOException {
    if (isFacesAjax(request)) {
      partialResponse(response, address);
    } else {
      response.sendRedirect(address);
    }
  }

  /** The Faces partial-response that makes the page load {@code address}. */
  static void partialResponse(HttpServletResponse response, String address) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"></redirect></partial-response>");
  }

  /** Ends a session that may have ended already. */
  static void end(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      // nothing left to end
    }
  }
}
