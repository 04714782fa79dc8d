package org.tacit.web.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The realm's signing keys (its JWKS), found the way OpenID Connect Discovery prescribes: the
 * realm's {@code /.well-known/openid-configuration} names the {@code jwks_uri}. Fetching, caching
 * and refreshing are nimbus-jose-jwt's {@link JWKSourceBuilder}: the set is kept for a while and
 * refreshed ahead of its expiry; a token naming an unknown key id makes it fetch the set again
 * (rate-limited, so that made-up key ids cannot make the portal hammer Keycloak); while Keycloak is
 * unreachable the last set keeps serving for a limited time. A key the realm removed is gone from
 * the next set fetched, and tokens it signed are refused from then on.
 */
final class RealmKeys implements JWKSource<SecurityContext>, Closeable {

  private final String issuer;
  private final Timing timing;
  private final ResourceRetriever http;
  private final Clock clock;

  private volatile JWKSource<SecurityContext> keys;
  private volatile Instant nextDiscovery = Instant.EPOCH;

  /**
   * How long the key set is trusted and how often it may be fetched. The defaults fit Keycloak,
   * whose access tokens live minutes.
   */
  record Timing(
      Duration cacheLife,
      Duration refreshAhead,
      Duration minRefetchInterval,
      Duration outageTolerance,
      Duration httpTimeout) {
    static final Timing DEFAULT =
        new Timing(
            Duration.ofMinutes(5),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30),
            Duration.ofMinutes(30),
            Duration.ofSeconds(3));
  }

  RealmKeys(String issuer, Timing timing, Clock clock) {
    this.issuer = issuer;
    this.timing = timing;
    this.clock = clock;
    int millis = Math.toIntExact(timing.httpTimeout().toMillis());
    this.http =
        new DefaultResourceRetriever(millis, millis, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
    return keys().get(selector, context);
  }

  /**
   * Discovers the key set's address on first use, so that the portal starts while Keycloak is down.
   */
  private JWKSource<SecurityContext> keys() throws KeySourceException {
    JWKSource<SecurityContext> found = keys;
    if (found != null) {
      return found;
    }
    synchronized (this) {
      if (keys == null) {
        if (clock.instant().isBefore(nextDiscovery)) {
          throw new KeySourceException(
              "the realm's discovery document was not readable a moment ago");
        }
        nextDiscovery = clock.instant().plus(timing.minRefetchInterval());
        keys = build(jwksUri());
      }
      return keys;
    }
  }

  /**
   * The {@code jwks_uri} of the realm's discovery document, which must name this very realm as
   * issuer.
   */
  URL jwksUri() throws KeySourceException {
    try {
      URL discovery = URI.create(issuer + "/.well-known/openid-configuration").toURL();
      Map<String, Object> document =
          JSONObjectUtils.parse(http.retrieveResource(discovery).getContent());
      if (!issuer.equals(JSONObjectUtils.getString(document, "issuer"))) {
        throw new KeySourceException("the discovery document names another issuer");
      }
      URI jwks = JSONObjectUtils.getURI(document, "jwks_uri");
      if (jwks == null) {
        throw new KeySourceException("the discovery document names no jwks_uri");
      }
      return jwks.toURL();
    } catch (IOException | ParseException | IllegalArgumentException e) {
      throw new KeySourceException(
          "the realm's discovery document was not readable: " + e.getMessage(), e);
    }
  }

  /**
   * The refresh ahead of expiry is started by a token arriving shortly before it, on nimbus's own
   * thread (closed with this source); an idle portal fetches nothing.
   */
  private JWKSource<SecurityContext> build(URL jwksUri) {
    return JWKSourceBuilder.<SecurityContext>create(jwksUri, http)
        .cache(timing.cacheLife().toMillis(), timing.httpTimeout().toMillis() * 2)
        .refreshAheadCache(timing.refreshAhead().toMillis(), false)
        .rateLimited(timing.minRefetchInterval().toMillis())
        .retrying(true)
        .outageTolerant(timing.outageTolerance().toMillis())
        .build();
  }

  @Override
  public void close() throws IOException {
    if (keys instanceof Closeable closeable) {
      closeable.close();
    }
  }
}
