package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers that keep a browser from being turned against the portal (ASVS V14.4, V3.4), on a
 * signed-in page, an API call and a download: a Content Security Policy that allows no inline
 * script without the page's nonce, no framing, no sniffing, no caching, no version banner; and a
 * session cookie that is HttpOnly, SameSite and, behind an HTTPS proxy, Secure.
 */
@ExtendWith(Portal.class)
class SecurityHeadersIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Portal portal = Portal.get();

  @Test
  void aSignedInPageForbidsInlineScriptWithoutItsNonceAndIsNeverCached() throws Exception {
    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      String session = browser.sessionCookie().orElseThrow();

      HttpResponse<String> page = Http.getWithSession(portal.url("/app/reports/"), session);

      assertThat(page.statusCode()).isEqualTo(200);
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(policy)
          .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
          .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
          .doesNotContain("unsafe-inline'; script-src", "'unsafe-eval'");
      String scriptSource = policy.substring(policy.indexOf("script-src"));
      assertThat(scriptSource).doesNotContain("unsafe-inline");
      String nonce = scriptSource.replaceAll(".*'nonce-([^']+)'.*", "$1");
      assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
      assertHardened(page.headers());
    }
  }

  @Test
  void anApiAnswerAllowsNothingToRunAndIsNeverCached() throws Exception {
    HttpResponse<String> answer = Api.as(portal, DemoUser.HEDDA).get("/departments");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
    assertHardened(answer.headers());
  }

  @Test
  void aDownloadIsNeverCachedNorSniffed() throws Exception {
    Api api = Api.as(portal, DemoUser.SAM);
    long scenario = Api.json(api.get("/scenarios")).get(0).get("id").asLong();

    HttpResponse<byte[]> pdf = api.getBytes("/reports/board.pdf?scenario=" + scenario, "en-GB");

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertHardened(pdf.headers());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindAnHttpsProxy() throws Exception {
    HttpResponse<String> plain =
        CLIENT.send(
            HttpRequest.newBuilder(portal.url("/app/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> proxied =
        CLIENT.send(
            HttpRequest.newBuilder(portal.url("/app/"))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    String plainCookie = sessionCookie(plain.headers());
    assertThat(plainCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(plainCookie)
        .doesNotContainIgnoringCase("Secure;")
        .doesNotEndWithIgnoringCase("Secure");
    assertThat(sessionCookie(proxied.headers()))
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .containsIgnoringCase("Secure");
  }

  @Test
  void thePublicPageNamesNoServerVersion() throws Exception {
    HttpResponse<String> landing = Http.get(portal.url("/"));

    assertThat(landing.headers().firstValue("Server")).isEmpty();
    assertThat(landing.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(landing.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static void assertHardened(HttpHeaders headers) {
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.allValues("Cache-Control"))
        .anySatisfy(value -> assertThat(value).contains("no-store"));
    assertThat(headers.firstValue("Server")).isEmpty();
    assertThat(headers.firstValue("X-Powered-By")).isEmpty();
  }

  private static String sessionCookie(HttpHeaders headers) {
    List<String> cookies = headers.allValues("Set-Cookie");
    return cookies.stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
  }
}
