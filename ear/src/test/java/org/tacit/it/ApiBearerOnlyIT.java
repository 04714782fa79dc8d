package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration API signs in with a bearer token only: the session cookie of a signed-in browser,
 * which a page on another site could make the browser send along, changes nothing.
 */
@ExtendWith(Portal.class)
class ApiBearerOnlyIT {

  private final Portal portal = Portal.get();

  @Test
  void aSignedInBrowsersSessionCookieAloneChangesNothingThroughTheApi() throws Exception {
    Api ada = Api.as(portal, DemoUser.ADA);
    String name = "Bearer only " + System.nanoTime();
    JsonNode scenario =
        Api.json(
            ada.post(
                "/scenarios",
                "application/json",
                ("{\"name\": \"" + name + "\", \"doublingMonths\": 5}")
                    .getBytes(StandardCharsets.UTF_8)));
    long id = scenario.get("id").asLong();
    long version = scenario.get("rowVersion").asLong();

    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.ADA);
      String session = browser.sessionCookie().orElseThrow();
      assertThat(Http.getWithSession(portal.url("/app/admin/"), session).statusCode())
          .as("the cookie is a live administrator's session")
          .isEqualTo(200);
      Api cookieOnly = Api.withSessionCookie(portal, session);

      HttpResponse<String> created =
          cookieOnly.post(
              "/scenarios",
              "application/json",
              ("{\"name\": \"" + name + " by cookie\"}").getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> changed =
          cookieOnly.put(
              "/scenarios/" + id,
              "{\"rowVersion\": "
                  + version
                  + ", \"name\": \""
                  + name
                  + " renamed\", \"doublingMonths\": 2}");
      HttpResponse<String> deleted = cookieOnly.delete("/scenarios/" + id + "?version=" + version);
      HttpResponse<String> read = cookieOnly.get("/scenarios/" + id);

      for (HttpResponse<String> answer : new HttpResponse[] {created, changed, deleted, read}) {
        assertThat(answer.statusCode())
            .as(answer.request().method() + " " + answer.uri())
            .isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(answer.headers().firstValue("Location"))
            .as("never a redirect to the sign-in")
            .isEmpty();
      }
    }

    JsonNode kept = Api.json(ada.get("/scenarios/" + id));
    assertThat(kept.get("name").asText()).isEqualTo(name);
    assertThat(kept.get("rowVersion").asLong()).isEqualTo(version);
    assertThat(kept.get("values").get("doublingMonths").asDouble()).isEqualTo(5.0);
    assertThat(Api.json(ada.get("/scenarios")).findValuesAsText("name"))
        .doesNotContain(name + " by cookie");
    assertThat(ada.delete("/scenarios/" + id + "?version=" + version).statusCode()).isEqualTo(204);
  }
}
