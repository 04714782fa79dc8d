package org.tacit.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Keycloak's realm as a resource server sees it: a discovery document naming the
 * JWKS address, the JWKS with the public halves of the realm's current keys, and tokens signed with
 * them. Served on loopback by the JDK's own HTTP server.
 */
final class TestRealm implements AutoCloseable {

  private final HttpServer server;
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  private final AtomicInteger keySetFetches = new AtomicInteger();

  TestRealm() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/realms/tacit/.well-known/openid-configuration",
        exchange ->
            answer(
                exchange,
                "{\"issuer\":\""
                    + issuer()
                    + "\",\"jwks_uri\":\""
                    + issuer()
                    + "/protocol/openid-connect/certs\"}"));
    server.createContext(
        "/realms/tacit/protocol/openid-connect/certs",
        exchange -> {
          keySetFetches.incrementAndGet();
          answer(exchange, new JWKSet(new ArrayList<>(published)).toString(true));
        });
    server.start();
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/tacit";
  }

  static RSAKey newKey(String keyId) throws JOSEException {
    return new RSAKeyGenerator(2048).keyID(keyId).generate();
  }

  /** The realm starts signing with (and publishing) this key. */
  void publish(RSAKey key) {
    published.add(key);
  }

  /** The realm drops this key, as an administrator does after a rotation. */
  void withdraw(RSAKey key) {
    published.removeIf(k -> k.getKeyID().equals(key.getKeyID()));
  }

  int keySetFetches() {
    return keySetFetches.get();
  }

  /** The claims Keycloak writes into an access token for the API client, valid for five minutes. */
  JWTClaimsSet.Builder accessToken(String username) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer())
        .subject("f3c1-" + username)
        .audience(List.of("tacit-api", "account"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("typ", "Bearer")
        .claim("azp", "tacit-api")
        .claim("preferred_username", username)
        .claim("groups", List.of("hr-editor"))
        .claim("departments", List.of("/departments/FIN"));
  }

  static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
