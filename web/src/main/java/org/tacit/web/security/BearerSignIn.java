package org.tacit.web.security;

import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.CodeSource;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.application.access.DepartmentGroup;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.access.TokenCaller;

/**
 * Sign-in for the integration API ({@code /api/*}): a bearer access token from the realm, and
 * nothing else. Jakarta Security allows one mechanism per application, so {@link SignInGuard} hands
 * API requests here and never to the browser sign-in, which would answer with a redirect. A
 * browser's session cookie therefore authorises no API call: without a token the answer is 401, so
 * a page on another site cannot make a signed-in browser change data through the API. The token's
 * roles become the caller's roles and its departments their scope, exactly as a browser sign-in's
 * would.
 */
@ApplicationScoped
public class BearerSignIn {

  private static final Logger LOG = Logger.getLogger(BearerSignIn.class.getName());

  @Inject OidcSettings settings;

  /** The realm's clients whose access tokens the API accepts ({@code azp}). */
  @Inject
  @ConfigProperty(name = "tacit.api.clients", defaultValue = "tacit-api")
  String clients;

  /**
   * What the API is called in the tokens' {@code aud}; the realm's audience mapper puts it there.
   */
  @Inject
  @ConfigProperty(name = "tacit.api.audience", defaultValue = "tacit-api")
  String audience;

  private RealmKeys keys;
  private AccessTokens tokens;

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * Configuration is read once, not on every request; the realm's keys are fetched on first use.
   */
  @PostConstruct
  void start() {
    Set<String> accepted =
        Arrays.stream(clients.split(","))
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .collect(Collectors.toSet());
    keys = new RealmKeys(settings.getProviderUri(), RealmKeys.Timing.DEFAULT, Clock.systemUTC());
    tokens = new AccessTokens(settings.getProviderUri(), audience, accepted, keys);
    // The library is the server's (see nimbus-jose-jwt.version in the parent pom): say which one
    LOG.info(
        () ->
            "API bearer tokens are checked for audience "
                + audience
                + " from clients "
                + accepted
                + " with nimbus-jose-jwt "
                + DefaultJWTProcessor.class.getPackage().getImplementationVersion()
                + " from "
                + Optional.ofNullable(
                        DefaultJWTProcessor.class.getProtectionDomain().getCodeSource())
                    .map(CodeSource::getLocation)
                    .orElse(null));
  }

  @PreDestroy
  void stop() {
    try {
      keys.close();
    } catch (IOException e) {
      LOG.fine(() -> "Closing the realm's key set: " + e);
    }
  }

  public AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // Every API path is protected and only a token signs in: a session cookie counts for nothing
      // here
      SecurityLog.refused("-", "api-token", call(request), "no bearer token");
      return refuse(
          response,
          null,
          "Send an access token from the tacit realm: Authorization: Bearer <token>.");
    }
    AccessTokens.Verified verified = tokens.verify(header.substring(7).strip());
    if (!verified.isAccepted()) {
      SecurityLog.refused(
          verified.username() == null ? "-" : verified.username(),
          "api-token",
          call(request),
          verified.problem());
      return refuse(
          response, "invalid_token", "The access token was refused: " + verified.problem() + ".");
    }
    BearerToken token = verified.token();
    TokenCaller caller =
        new TokenCaller(
            token.username(), Set.copyOf(DepartmentGroup.codesOf(token.departmentGroups())));
    return context.notifyContainerAboutLogin(caller, token.groups());
  }

  private static String call(HttpServletRequest request) {
    return request.getMethod() + " " + request.getRequestURI();
  }

  /** 401 with the challenge RFC 6750 prescribes, and the reason in the API's problem format. */
  private static AuthenticationStatus refuse(
      HttpServletResponse response, String error, String detail) {
    String challenge =
        "Bearer realm=\"tacit\""
            + (error == null
                ? ""
                : ", error=\""
                    + error
                    + "\", error_description=\""
                    + detail.replace("\"", "'")
                    + "\"");
    response.setHeader("WWW-Authenticate", challenge);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\""
                  + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                  + "\"}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
