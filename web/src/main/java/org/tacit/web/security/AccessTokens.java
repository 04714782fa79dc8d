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
  public AccessTokens(String issuer, String audience, Set<String> clients, JWKSource<SecurityContext> keys) {
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
      return Verified.refused(null, "the realm's signing keys could not be read (" + e.getMessage() + ")");
    }
  }

  /** The claims a token of ours carries; checked only once its signature has been verified. */
  private static final class RealmClaims implements JWTClaimsSetVerifier<SecurityContext> {

    private final DefaultJWTClaimsVerifier<SecurityContext> standard;
    private final Set<String> clients;

    RealmClaims(String issuer, String audience, Set<String> clients) {
      this.standard = new DefaultJWTClaimsVerifier<>(Set.of(audience),
          new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
          Set.of("exp"), null);
      this.standard.setMaxClockSkew(LEEWAY_SECONDS);
      this.clients = clients;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      String username = new BearerToken(claims).username();
      try {
        standard.verify(claims, context);
      } catch (BadJWTException e) {
        throw new RefusedClaims(username, e.getMessage());
      }
      Object client = claims.getClaim("azp");
      if (!(client instanceof String name) || !clients.contains(name)) {
        throw new RefusedClaims(username, "JWT azp claim rejected: not a client the API accepts");
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

  /**
   * A verified token, or the reason it was refused and, when the realm signed it, whose it was.
   */
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
