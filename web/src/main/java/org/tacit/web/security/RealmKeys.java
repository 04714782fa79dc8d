package org.tacit.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm's signing keys (its JWKS), fetched once and again only when a token names a key not
 * seen yet, as after Keycloak rotates its keys; at most every ten seconds, so that tokens with
 * made-up key ids cannot make the portal hammer Keycloak.
 */
@ApplicationScoped
public class RealmKeys {

  private static final Duration REFETCH_PAUSE = Duration.ofSeconds(10);

  @Inject OidcSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
  private volatile Instant fetchedAt = Instant.EPOCH;

  /** The RSA key with this id, or empty when the realm has none (or cannot be reached). */
  public Optional<PublicKey> key(String keyId) {
    PublicKey key = keys.get(keyId);
    if (key == null && Instant.now().isAfter(fetchedAt.plus(REFETCH_PAUSE))) {
      refetch();
      key = keys.get(keyId);
    }
    return Optional.ofNullable(key);
  }

  private synchronized void refetch() {
    fetchedAt = Instant.now();
    try {
      HttpResponse<String> answer = http.send(
          HttpRequest.newBuilder(URI.create(settings.getProviderUri() + "/protocol/openid-connect/certs"))
              .timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        return;
      }
      try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
        for (JsonObject jwk : reader.readObject().getJsonArray("keys").getValuesAs(JsonObject.class)) {
          if ("RSA".equals(jwk.getString("kty", "")) && "sig".equals(jwk.getString("use", "sig"))) {
            keys.put(jwk.getString("kid"), rsa(jwk.getString("n"), jwk.getString("e")));
          }
        }
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // Keycloak unreachable or answering nonsense: the token is refused as unverifiable
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static PublicKey rsa(String modulus, String exponent) throws GeneralSecurityException {
    Base64.Decoder base64 = Base64.getUrlDecoder();
    return KeyFactory.getInstance("RSA").generatePublic(
        new RSAPublicKeySpec(new BigInteger(1, base64.decode(modulus)), new BigInteger(1, base64.decode(exponent))));
  }
}
