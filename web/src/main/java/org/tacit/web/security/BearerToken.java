package org.tacit.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An access token from the realm, checked the way a resource server must: signed by one of the
 * realm's keys (RS256), issued by the realm, an access token (not an ID token), issued to a client
 * of ours, and not expired. Only then are its claims believed.
 */
public final class BearerToken {

  /** Clocks of Keycloak and the portal may differ a little. */
  private static final long LEEWAY_SECONDS = 30;

  private final JsonObject claims;

  private BearerToken(JsonObject claims) {
    this.claims = claims;
  }

  /**
   * Verifies {@code token}; the problem, in words for the {@code WWW-Authenticate} header, when it
   * fails.
   */
  public static Verified verify(String token, String issuer, Set<String> clients, Function<String, Optional<PublicKey>> keys,
      Instant now) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Verified.refused("not a signed JWT");
    }
    try {
      JsonObject header = json(parts[0]);
      if (!"RS256".equals(header.getString("alg", ""))) {
        return Verified.refused("unsupported signature algorithm");
      }
      Optional<PublicKey> key = keys.apply(header.getString("kid", ""));
      if (key.isEmpty()) {
        return Verified.refused("signed by an unknown key");
      }
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key.get());
      rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        return Verified.refused("bad signature");
      }
      JsonObject claims = json(parts[1]);
      if (!issuer.equals(claims.getString("iss", ""))) {
        return Verified.refused("issued by another realm");
      }
      if (!"Bearer".equals(claims.getString("typ", ""))) {
        return Verified.refused("not an access token");
      }
      if (!clients.contains(claims.getString("azp", ""))) {
        return Verified.refused("issued to an unknown client");
      }
      long seconds = now.getEpochSecond();
      if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + LEEWAY_SECONDS < seconds) {
        return Verified.refused("expired");
      }
      if (claims.containsKey("nbf") && claims.getJsonNumber("nbf").longValue() - LEEWAY_SECONDS > seconds) {
        return Verified.refused("not valid yet");
      }
      return new Verified(Optional.of(new BearerToken(claims)), null);
    } catch (GeneralSecurityException | RuntimeException e) {
      return Verified.refused("unreadable");
    }
  }

  public String username() {
    return claims.getString("preferred_username", claims.getString("sub", ""));
  }

  /** The realm roles, which the realm's mapper writes into {@code groups}. */
  public Set<String> groups() {
    return Set.copyOf(strings("groups"));
  }

  /** The department groups, as full paths such as {@code /departments/FIN}. */
  public List<String> departmentGroups() {
    return strings("departments");
  }

  private List<String> strings(String claim) {
    JsonValue value = claims.get(claim);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static JsonObject json(String base64) {
    try (JsonReader reader = Json.createReader(
        new StringReader(new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  /** A verified token, or the reason it was refused. */
  public record Verified(Optional<BearerToken> token, String problem) {
    static Verified refused(String problem) {
      return new Verified(Optional.empty(), problem);
    }
  }
}
