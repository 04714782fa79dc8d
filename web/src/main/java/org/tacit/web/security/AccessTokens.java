package org.tacit.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.text.ParseException;
import java.util.Set;

/**
 * The realm's access tokens, checked the way a resource server must, by nimbus-jose-jwt: signed
 * with RS256 by one of the realm's keys ({@link RealmKeys}), issued by the realm, an access token
 * ({@code typ} Bearer, so an ID token is refused), meant for this API ({@code aud}), issued to a
 * client of ours ({@code azp}), and within its lifetime. Only then are its claims believed.
 */
public final class AccessTokens {

  /** Clocks of Keycloak and the portal may differ a little. */
  static final int LEEWAY_SECONDS = 30;

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /**
   * @param issuer the realm, as its tokens name it in {@code iss}
   * @param audience what the API is called in the tokens' {@code aud}
   * @param clients the realm's clients whose tokens the API accepts ({@code azp})
   * @param keys the realm's signing keys
   */
  public AccessTokens(
      String issuer, String audience, Set<String> clients, JWKSource<SecurityContext> keys) {
    // Only RS256: "none", HMAC with the public key as secret and every other algorithm are refused
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier(new RealmClaims(issuer, audience, Set.copyOf(clients)));
  }

  /** Verifies {@code token}; the reason in words when it is refused. */
  public Verified verify(String token) {
    try {
      return Verified.accepted(new BearerToken(processor.process(token, null)));
    } catch (RefusedClaims e) {
      return Verified.refused(e.username, e.getMessage());
    } catch (ParseException e) {
      return Verified.refused(null, "not a JWT");
    } catch (BadJOSEException e) {
      return Verified.refused(null, e.getMessage());
    } catch (JOSEException e) {
      return Verified.refused(
          null, "the realm's signing keys could not be read (" + e.getMessage() + ")");
    } catch (RuntimeException e) {
      // Whatever a crafted token makes the parser stumble over, it is refused, not a server error
      return Verified.refused(null, "unreadable");
    }
  }

  /**
   * The claims a token of ours carries; checked only once its signature has been verified. The
   * lifetime is nimbus's check (with leeway); whose token it is and what for are ours, in words
   * that stay the same whichever nimbus version the server ships.
   */
  private static final class RealmClaims implements JWTClaimsSetVerifier<SecurityContext> {

    private final String issuer;
    private final String audience;
    private final Set<String> clients;
    private final DefaultJWTClaimsVerifier<SecurityContext> lifetime =
        new DefaultJWTClaimsVerifier<>(
            null, new JWTClaimsSet.Builder().build(), Set.of("exp"), null);

    RealmClaims(String issuer, String audience, Set<String> clients) {
      this.issuer = issuer;
      this.audience = audience;
      this.clients = clients;
      lifetime.setMaxClockSkew(LEEWAY_SECONDS);
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      String username = new BearerToken(claims).username();
      if (!issuer.equals(claims.getIssuer())) {
        throw new RefusedClaims(username, "issued by another realm (iss)");
      }
      if (!"Bearer".equals(claims.getClaim("typ"))) {
        throw new RefusedClaims(username, "not an access token (typ)");
      }
      if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
        throw new RefusedClaims(username, "not meant for this API (aud)");
      }
      if (!(claims.getClaim("azp") instanceof String client) || !clients.contains(client)) {
        throw new RefusedClaims(username, "issued to a client the API does not accept (azp)");
      }
      try {
        lifetime.verify(claims, context);
      } catch (BadJWTException e) {
        throw new RefusedClaims(username, e.getMessage());
      }
    }
  }

  /** Refused for its claims; the signature was good, so the username in it is the realm's word. */
  private static final class RefusedClaims extends BadJWTException {
    private static final long serialVersionUID = 1L;
    private final transient String username;

    RefusedClaims(String username, String reason) {
      super(reason);
      this.username = username;
    }
  }

  /** A verified token, or the reason it was refused and, when the realm signed it, whose it was. */
  public record Verified(BearerToken token, String username, String problem) {
    static Verified accepted(BearerToken token) {
      return new Verified(token, token.username(), null);
    }

    static Verified refused(String username, String problem) {
      return new Verified(null, username, problem);
    }

    public boolean isAccepted() {
      return token != null;
    }
  }
}
