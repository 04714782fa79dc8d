package org.tacit.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's admin REST API, as the demo master admin ({@code admin}/{@code demo-admin}): what an
 * identity administrator does to a user while they are signed in to the portal.
 */
public final class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String realm;
  private final String token;

  private KeycloakAdmin(Portal portal, String token) {
    this.realm = portal.keycloakOrigin() + "/admin/realms/tacit";
    this.token = token;
  }

  public static KeycloakAdmin signIn(Portal portal) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username=admin&password="
            + URLEncoder.encode("demo-admin", StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(
                        portal.keycloakOrigin() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("Keycloak admin sign-in failed: " + answer.body());
    }
    return new KeycloakAdmin(portal, JSON.readTree(answer.body()).get("access_token").asText());
  }

  public String userId(DemoUser user) throws IOException, InterruptedException {
    return json(send("GET", "/users?exact=true&username=" + user.username(), null))
        .get(0)
        .get("id")
        .asText();
  }

  /** Sends the whole user back with only {@code enabled} changed, so nothing else is lost. */
  public void setEnabled(DemoUser user, boolean enabled) throws IOException, InterruptedException {
    String id = userId(user);
    com.fasterxml.jackson.databind.node.ObjectNode rep =
        (com.fasterxml.jackson.databind.node.ObjectNode) json(send("GET", "/users/" + id, null));
    rep.put("enabled", enabled);
    expect(204, send("PUT", "/users/" + id, JSON.writeValueAsString(rep)));
  }

  public String groupId(String path) throws IOException, InterruptedException {
    return json(send("GET", "/group-by-path" + path, null)).get("id").asText();
  }

  public void leaveGroup(DemoUser user, String path) throws IOException, InterruptedException {
    expect(204, send("DELETE", "/users/" + userId(user) + "/groups/" + groupId(path), null));
  }

  public void joinGroup(DemoUser user, String path) throws IOException, InterruptedException {
    expect(204, send("PUT", "/users/" + userId(user) + "/groups/" + groupId(path), null));
  }

  /** How long the realm's access tokens live, in seconds. */
  public int accessTokenLifespan() throws IOException, InterruptedException {
    return json(send("GET", "", null)).get("accessTokenLifespan").asInt();
  }

  public void setAccessTokenLifespan(int seconds) throws IOException, InterruptedException {
    expect(204, send("PUT", "", "{\"accessTokenLifespan\":" + seconds + "}"));
  }

  /** Ends every Keycloak session of the user, as an administrator does for a lost laptop. */
  public void signOut(DemoUser user) throws IOException, InterruptedException {
    expect(204, send("POST", "/users/" + userId(user) + "/logout", null));
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(realm + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> answer) throws IOException {
    expect(200, answer);
    return JSON.readTree(answer.body());
  }

  private static void expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().method()
              + " "
              + answer.uri()
              + " answered "
              + answer.statusCode()
              + ": "
              + answer.body());
    }
  }
}
