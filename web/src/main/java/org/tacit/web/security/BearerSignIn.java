package org.tacit.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.application.DepartmentGroup;
import org.tacit.application.TokenCaller;

/**
 * Sign-in for the integration API ({@code /api/*}): a bearer access token from the realm instead of
 * a browser session. Jakarta Security allows one mechanism per application, so {@link SignInGuard}
 * hands API requests here and never to the browser sign-in, which would answer with a redirect.
 * The token's roles become the caller's roles and its departments their scope, exactly as a
 * browser sign-in's would.
 */
@ApplicationScoped
public class BearerSignIn {

  @Inject OidcSettings settings;
  @Inject RealmKeys keys;

  /** The realm's clients whose access tokens the API accepts. */
  @Inject
  @ConfigProperty(name = "tacit.api.clients", defaultValue = "tacit-portal,tacit-api")
  String clients;

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return context.isProtected()
          ? refuse(response, null, "Send an access token from the tacit realm: Authorization: Bearer <token>.")
          : context.doNothing();
    }
    BearerToken.Verified verified = BearerToken.verify(header.substring(7).strip(), settings.getProviderUri(),
        accepted, keys::key, Instant.now());
    if (verified.token().isEmpty()) {
      return refuse(response, "invalid_token", "The access token was refused: " + verified.problem() + ".");
    }
    BearerToken token = verified.token().get();
    TokenCaller caller = new TokenCaller(token.username(), Set.copyOf(DepartmentGroup.codesOf(token.departmentGroups())));
    return context.notifyContainerAboutLogin(caller, token.groups());
  }

  private Set<String> accepted;

  /** The client list is configuration: read once, not on every request. */
  @PostConstruct
  void readClients() {
    accepted = Arrays.stream(clients.split(",")).map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
  }

  /** 401 with the challenge RFC 6750 prescribes, and the reason in the API's problem format. */
  private static AuthenticationStatus refuse(HttpServletResponse response, String error, String detail) {
    String challenge = "Bearer realm=\"tacit\"" + (error == null ? ""
        : ", error=\"" + error + "\", error_description=\"" + detail.replace("\"", "'") + "\"");
    response.setHeader("WWW-Authenticate", challenge);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\""
          + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
