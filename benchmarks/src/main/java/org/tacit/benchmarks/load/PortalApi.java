package org.tacit.benchmarks.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The portal's integration API as one demo user, with a bearer token from the demo realm's {@code
 * tacit-api} client (password grant, demo only): what the load run needs to build its organisation
 * before the readers start.
 */
public final class PortalApi {

  /** The demo realm's API client; its secret is public, like the demo users' passwords. */
  private static final String CLIENT_SECRET = "demo-only-tacit-api-secret";

  /** An import of 100,000 tasks takes tens of seconds, more on a busy machine. */
  private static final Duration SLOW = Duration.ofMinutes(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI api;
  private final String token;

  private PortalApi(URI portal, String token) {
    this.api = portal.resolve("/tacit/api/v1/");
    this.token = token;
  }

  /** Signs {@code user} (password {@code demo}) in at the demo realm of {@code keycloak}. */
  public static PortalApi as(String user, URI portal, URI keycloak) {
    PortalApi unsigned = new PortalApi(portal, null);
    String form =
        "grant_type=password&client_id=tacit-api&client_secret="
            + CLIENT_SECRET
            + "&username="
            + URLEncoder.encode(user, UTF_8)
            + "&password=demo";
    String answer =
        unsigned.send(
            HttpRequest.newBuilder(keycloak.resolve("/realms/tacit/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)),
            200);
    return new PortalApi(portal, json(answer).asJsonObject().getString("access_token"));
  }

  public JsonStructure get(String path) {
    return json(send(request(path).GET(), 200));
  }

  public JsonStructure post(String path, String contentType, BodyPublisher body, int expected) {
    return json(send(request(path).header("Content-Type", contentType).POST(body), expected));
  }

  public JsonStructure postFile(String path, String contentType, Path file, int expected)
      throws IOException {
    return post(path, contentType, BodyPublishers.ofFile(file), expected);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(api.resolve(path))
        .timeout(SLOW)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  private String send(HttpRequest.Builder request, int expected) {
    HttpRequest built = request.build();
    try {
      var response = http.send(built, BodyHandlers.ofString(UTF_8));
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            built.method()
                + " "
                + built.uri()
                + " answered "
                + response.statusCode()
                + ", not "
                + expected
                + ": "
                + abbreviated(response.body()));
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + built.uri(), e);
    }
  }

  private static String abbreviated(String body) {
    return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
  }

  private static JsonStructure json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
