package org.tacit.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Optional;

/**
 * A response that keeps a redirect instead of sending it, so that {@link SignInGuard} can decide
 * what the browser really gets. A sent redirect cannot be taken back.
 */
final class HeldRedirect extends HttpServletResponseWrapper {

  private String location;

  HeldRedirect(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String target) {
    this.location = target;
  }

  Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /** The mechanism's context, answering with this response and keeping its redirects here. */
  static HttpMessageContext around(HttpMessageContext context, HeldRedirect held) {
    return new HttpMessageContextWrapper(context) {
      @Override
      public HttpServletResponse getResponse() {
        return held;
      }

      @Override
      public AuthenticationStatus redirect(String target) {
        held.sendRedirect(target);
        return AuthenticationStatus.SEND_CONTINUE;
      }
    };
  }
}
