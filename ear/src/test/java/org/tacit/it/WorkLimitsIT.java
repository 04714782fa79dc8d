package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-person limits on work under way at once, end to end: an upload whose body has not all
 * arrived holds its sender's one import permit, so a second import by the same person is refused
 * with 429 and {@code Retry-After}, while another person imports as usual.
 */
@ExtendWith(Portal.class)
class WorkLimitsIT {

  private static final byte[] CSV = "department,role,task\n".getBytes(StandardCharsets.UTF_8);

  private final Portal portal = Portal.get();

  @Test
  void aSecondImportWhileTheFirstIsStillUnderWayIsRefusedWith429AndWhenToTryAgain() throws Exception {
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    Api ada = Api.as(portal, DemoUser.ADA);
    PipedOutputStream rest = new PipedOutputStream();
    PipedInputStream body = new PipedInputStream(rest, 64 * 1024);
    CompletableFuture<HttpResponse<String>> first = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .sendAsync(HttpRequest.newBuilder(portal.url("/api/v1/inventories/import?check=true"))
            .header("Authorization", "Bearer " + hedda.token()).header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
    rest.write(CSV);
    rest.flush();

    // The first upload takes its permit as soon as the server starts receiving it: ask until then.
    HttpResponse<String> second = hedda.post("/inventories/import?check=true", "text/csv", CSV);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (second.statusCode() != 429 && Instant.now().isBefore(deadline) && !first.isDone()) {
      second = hedda.post("/inventories/import?check=true", "text/csv", CSV);
    }

    assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
    assertThat(second.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(second.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Api.json(second).get("detail").asText()).isEqualTo("You already have 1 import under way, the most"
        + " one person may have at once. Try again when it has finished.");
    assertThat(ada.post("/inventories/import?check=true", "text/csv", CSV).statusCode())
        .as("another person's imports are not held back").isNotEqualTo(429);

    rest.write("Finance,Clerk,Book invoices\n".getBytes(StandardCharsets.UTF_8));
    rest.close();
    assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isIn(200, 422);
    assertThat(hedda.post("/inventories/import?check=true", "text/csv", CSV).statusCode())
        .as("the finished upload gave its permit back").isIn(200, 422);
  }
}
