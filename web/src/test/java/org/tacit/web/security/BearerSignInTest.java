package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.TokenCaller;

/**
 * The API's sign-in as the container calls it: only a bearer token counts, and refusals are logged.
 */
class BearerSignInTest {

  /** Held here: an unreferenced logger may be collected, and with it the handler. */
  private final Logger security = Logger.getLogger(SecurityLog.LOGGER);

  private final List<String> trail = new ArrayList<>();
  private final Handler securityLog =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          trail.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private final HttpServletRequest request = mock(HttpServletRequest.class);
  private final HttpServletResponse response = mock(HttpServletResponse.class);
  private final HttpMessageContext context = mock(HttpMessageContext.class);
  private final StringWriter body = new StringWriter();
  private TestRealm realm;
  private static RSAKey signing;
  private BearerSignIn signIn;

  @BeforeAll
  static void aSigningKey() throws Exception {
    signing = TestRealm.newKey("key-1");
  }

  @BeforeEach
  void anApiRequestAndTheRealm() throws Exception {
    security.addHandler(securityLog);
    when(request.getContextPath()).thenReturn("/tacit");
    when(request.getRequestURI()).thenReturn("/tacit/api/v1/assessments");
    when(request.getMethod()).thenReturn("POST");
    when(response.getWriter()).thenReturn(new PrintWriter(body));
    when(context.isProtected()).thenReturn(true);
    when(context.notifyContainerAboutLogin(any(Principal.class), anySet()))
        .thenReturn(AuthenticationStatus.SUCCESS);

    realm = new TestRealm();
    realm.publish(signing);
    signIn = new BearerSignIn();
    signIn.settings = mock(OidcSettings.class);
    when(signIn.settings.getProviderUri()).thenReturn(realm.issuer());
    signIn.clients = "tacit-api";
    signIn.audience = "tacit-api";
    signIn.start();
  }

  @AfterEach
  void stop() {
    signIn.stop();
    realm.close();
    security.removeHandler(securityLog);
  }

  @Test
  void aSignedInBrowsersSessionCookieWithoutATokenIsRefusedWith401() {
    when(request.getCookies())
        .thenReturn(new Cookie[] {new Cookie("JSESSIONID", "a-signed-in-session")});

    AuthenticationStatus status = signIn.validate(request, response, context);

    assertThat(status).isEqualTo(AuthenticationStatus.SEND_FAILURE);
    verify(response).setStatus(401);
    verify(response).setHeader("WWW-Authenticate", "Bearer realm=\"tacit\"");
    verify(context, never()).notifyContainerAboutLogin(any(Principal.class), anySet());
    assertThat(trail)
        .singleElement()
        .asString()
        .contains(
            "user=\"-\"",
            "action=\"api-token\"",
            "object=\"POST /tacit/api/v1/assessments\"",
            "outcome=refused",
            "no bearer token");
  }

  @Test
  void aGoodTokenSignsInTheCallerWithTheirRolesAndDepartments() throws Exception {
    when(request.getHeader("Authorization"))
        .thenReturn("Bearer " + TestRealm.sign(realm.accessToken("hedda").build(), signing));

    assertThat(signIn.validate(request, response, context)).isEqualTo(AuthenticationStatus.SUCCESS);

    verify(context)
        .notifyContainerAboutLogin(new TokenCaller("hedda", Set.of("FIN")), Set.of("hr-editor"));
    assertThat(trail).isEmpty();
  }

  @Test
  void aRefusedTokenIsAnswered401WithTheReasonAndLoggedWithoutTheToken() throws Exception {
    String token = TestRealm.sign(realm.accessToken("hedda").audience("account").build(), signing);
    when(request.getHeader("Authorization")).thenReturn("Bearer " + token);

    assertThat(signIn.validate(request, response, context))
        .isEqualTo(AuthenticationStatus.SEND_FAILURE);

    verify(response).setStatus(401);
    verify(context, never()).notifyContainerAboutLogin(any(Principal.class), anySet());
    assertThat(body.toString()).contains("not meant for this API");
    assertThat(trail)
        .singleElement()
        .asString()
        .contains(
            "user=\"hedda\"", "action=\"api-token\"", "outcome=refused", "not meant for this API")
        .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
  }
}
