package org.tacit.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keycloak's back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0, section 2.6):
 * signed with RS256 by the realm's key, issued by the realm to this portal ({@code aud}), recent,
 * carrying the back-channel logout event and the Keycloak session it ends ({@code sid}), and no
 * {@code nonce}, so that an ID token cannot pass for one. Anything else ends no session.
 */
final class LogoutTokens {

  static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  LogoutTokens(String issuer, String portalClient, JWKSource<SecurityContext> keys) {
    // Keycloak writes "JWT"; the specification recommends "logout+jwt"; none at all is allowed too
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            new HashSet<>(
                Arrays.asList(JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null))));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(Set.of(portalClient)),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            new HashSet<>(Set.of("iat", "sid", "events")),
            new HashSet<>(Set.of("nonce")));
    claims.setMaxClockSkew(AccessTokens.LEEWAY_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** The Keycloak session the token ends, or the reason it ends none. */
  Result verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      Map<String, Object> events = claims.getJSONObjectClaim("events");
      if (events == null || !events.containsKey(LOGOUT_EVENT)) {
        return Result.refused("not a back-channel logout event");
      }
      return new Result(Optional.of(claims.getStringClaim("sid")), null);
    } catch (ParseException e) {
      return Result.refused("not a JWT");
    } catch (BadJWTException e) {
      return Result.refused(e.getMessage());
    } catch (BadJOSEException | JOSEException e) {
      return Result.refused(e.getMessage());
    }
  }

  record Result(Optional<String> keycloakSession, String problem) {
    static Result refused(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }
}
