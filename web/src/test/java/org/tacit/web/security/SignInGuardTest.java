package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser comes back from Keycloak to a server that did not start its sign-in, as after a
 * failover: Payara's OpenID mechanism finds no page stored to return to and fails. The person is
 * signed in again from the start page instead of seeing an error page; any other failure of the
 * mechanism still goes out as it was.
 */
class SignInGuardTest {

  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final HttpMessageContext context = mock(HttpMessageContext.class);
  private final HttpAuthenticationMechanism openId = mock(HttpAuthenticationMechanism.class);
  private final SignInGuard guard = new SignInGuard() {};

  @BeforeEach
  void aBrowserAtThePortal() throws Exception {
    guard.signIn = openId;
    guard.identityProvider = mock(IdentityProvider.class);
    when(guard.identityProvider.reachable()).thenReturn(true);
    when(request.getContextPath()).thenReturn("/tacit");
    when(request.getMethod()).thenReturn("GET");
    when(openId.validateRequest(any(), any(), any()))
        .thenThrow(new NoSuchElementException("No value present"));
  }

  @Test
  void aSignInThatCameBackToAnotherServerStartsAgainFromTheStartPage() throws Exception {
    when(request.getRequestURI()).thenReturn("/tacit/callback");
    when(request.getParameter("state")).thenReturn("b1e0c7");
    when(request.getParameter("code")).thenReturn("8f2a.c0de");

    AuthenticationStatus status = guard.validateRequest(request, response, context);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
    verify(response).sendRedirect("/tacit/app/");
  }

  @Test
  void theSameFailureOutsideASignInsReturnIsNotHidden() throws Exception {
    when(request.getRequestURI()).thenReturn("/tacit/app/reports/");

    assertThatThrownBy(() -> guard.validateRequest(request, response, context))
        .isInstanceOf(NoSuchElementException.class);
    verify(response, never()).sendRedirect(any());
  }
}
