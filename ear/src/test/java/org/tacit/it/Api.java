package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The integration API as a script would call it: an access token from the realm (the demo's {@code
 * tacit-api} client, password grant), then JSON over HTTP with {@code Authorization: Bearer}.
 */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Address portal;
  private final String token;
  private final String sessionCookie;

  private Api(Address portal, String token, String sessionCookie) {
    this.portal = portal;
    this.token = token;
    this.sessionCookie = sessionCookie;
  }

  /** Signs in as a demo user at the realm's token endpoint. */
  public static Api as(Address portal, DemoUser user) throws IOException, InterruptedException {
    String form =
        Map.of(
                "grant_type",
                "password",
                "client_id",
                "tacit-api",
                "client_secret",
                "demo-only-tacit-api-secret",
                "username",
                user.username(),
                "password",
                DemoUser.PASSWORD,
                "scope",
                "openid")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(
                        portal.keycloakOrigin() + "/realms/tacit/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("No token for " + user.username() + ": " + answer.body());
    }
    return withToken(portal, JSON.readTree(answer.body()).get("access_token").asText());
  }

  public static Api withToken(Address portal, String token) {
    return new Api(portal, token, null);
  }

  /**
   * A caller with no token, only the session cookie of a signed-in browser, as a forged cross-site
   * request has.
   */
  public static Api withSessionCookie(Address portal, String sessionId) {
    return new Api(portal, null, sessionId);
  }

  public String token() {
    return token;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /**
   * A binary answer, such as a PDF, with numbers and dates asked for in {@code acceptLanguage}
   * (such as de-DE).
   */
  public HttpResponse<byte[]> getBytes(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request(path).header("Accept-Language", acceptLanguage).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public HttpResponse<String> put(String path, String json)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE());
  }

  /** The id of the first scenario the caller sees (the demo's Base). */
  public long firstScenario() throws IOException, InterruptedException {
    return json(get("/scenarios")).get(0).get("id").asLong();
  }

  /** Starts an assessment of the whole organisation; answers the run's id. */
  public long startOrganisationRun() throws IOException, InterruptedException {
    HttpResponse<String> started =
        post(
            "/assessments",
            "application/json",
            "{\"scope\": \"organisation\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return json(started).get("id").asLong();
  }

  /**
   * Polls {@code GET /assessments/{id}} until the run is done, within a minute, and answers it
   * (with its first page of tasks); a run that fails fails the test at once.
   */
  public JsonNode finishedRun(long id) {
    return new FluentWait<>(this)
        .withTimeout(Duration.ofMinutes(1))
        .pollingEvery(Duration.ofMillis(200))
        .withMessage("run " + id + " did not finish")
        .until(
            api -> {
              try {
                JsonNode run = json(api.get("/assessments/" + id));
                assertThat(run.get("status").asText()).as(run.toString()).isNotEqualTo("FAILED");
                return run.get("status").asText().equals("DONE") ? run : null;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
  }

  public static JsonNode json(HttpResponse<String> answer) throws IOException {
    return JSON.readTree(answer.body());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(portal.url("/api/v1" + path)).timeout(Duration.ofSeconds(60));
    if (sessionCookie != null) {
      request.header("Cookie", "JSESSIONID=" + sessionCookie);
    }
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
