package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers right now. Asked only when the portal is about to send a browser to the
 * sign-in page, so that a stopped Keycloak gives the user a readable page instead of the browser's
 * "connection refused". Only "unreachable" is remembered, for a few seconds, so that a dead
 * Keycloak does not cost every request a timeout; "reachable" is asked afresh each time (a local
 * call).
 */
@ApplicationScoped
public class IdentityProvider {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final Duration REMEMBER_UNREACHABLE = Duration.ofSeconds(5);

  @Inject OidcSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Clock clock = Clock.systemUTC();
  private volatile Instant unreachableSince = Instant.MIN;

  public boolean reachable() {
    Instant now = clock.instant();
    if (now.isBefore(unreachableSince.plus(REMEMBER_UNREACHABLE))) {
      return false;
    }
    boolean reachable = probe();
    if (!reachable) {
      unreachableSince = now;
    }
    return reachable;
  }

  /**
   * True when a URL points at the identity provider, i.e. a redirect would leave the portal for it.
   */
  public boolean isProviderUrl(String url) {
    return url != null && url.startsWith(settings.getProviderUri());
  }

  private boolean probe() {
    URI discovery = URI.create(settings.getProviderUri() + "/.well-known/openid-configuration");
    HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
