package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Portal.class)
class KeycloakOutageIT {

  private final Portal portal = Portal.get();

  @Test
  void signingInWhileKeycloakIsDownGivesAReadablePage() throws Exception {
    portal.stopKeycloak();
    try {
      HttpResponse<String> response = Http.get(portal.url("/app/"));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .contains("Sign-in is unavailable right now")
          .contains("Nothing you entered is lost")
          .doesNotContain("Caused by")
          .doesNotContain("at org.")
          .doesNotContain("at java.");
    } finally {
      portal.startKeycloak();
    }
    assertThat(Http.get(portal.url("/app/")).statusCode()).as("sign-in works again").isEqualTo(302);
  }
}
