package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-person limits on work under way at once, end to end: while a large inventory is being
 * checked, it holds its sender's one import permit, so another import by the same person is refused
 * with 429 and {@code Retry-After}, another person imports as usual, and the permit comes back when
 * the check is done. Only checks are sent, so nothing is written.
 */
@ExtendWith(Portal.class)
class WorkLimitsIT {

  private static final String HEADER =
      "department,department_code,role,role_code,role_headcount,role_annual_cost,task\n";
  private static final byte[] SMALL =
      (HEADER + "Finance,FIN,Clerk,CLK,1,1000,Book invoices\n").getBytes(StandardCharsets.UTF_8);
  private static final Duration WHOLE_CHECK = Duration.ofMinutes(3);

  private final Portal portal = Portal.get();

  @Test
  void aSecondImportWhileTheFirstIsStillUnderWayIsRefusedWith429AndWhenToTryAgain()
      throws Exception {
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    Api ada = Api.as(portal, DemoUser.ADA);
    CompletableFuture<HttpResponse<String>> large =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(portal.url("/api/v1/inventories/import?check=true"))
                    .header("Authorization", "Bearer " + hedda.token())
                    .header("Content-Type", "text/csv")
                    .timeout(WHOLE_CHECK)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(largeInventory()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // The large check holds the permit for seconds; ask again and again until refused, or it is
    // done
    HttpResponse<String> refused = null;
    while (refused == null && !large.isDone()) {
      HttpResponse<String> second = hedda.post("/inventories/import?check=true", "text/csv", SMALL);
      if (second.statusCode() == 429) {
        refused = second;
      }
    }

    // A small import may win the permit in the moment between the large one's upload and its check
    // (the resource and the service take it one after the other): then the large one is the import
    // refused, and the limit held just the same
    if (refused == null && large.get().statusCode() == 429) {
      refused = large.get();
    }
    assertThat(refused)
        .as(
            "one of two imports under way at once is refused; the large one got %s",
            large.get().statusCode())
        .isNotNull();
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Api.json(refused).get("detail").asText()).contains("1 import under way");
    assertThat(ada.post("/inventories/import?check=true", "text/csv", SMALL).statusCode())
        .as("another person's imports are not held back")
        .isNotEqualTo(429);

    if (refused != large.get()) {
      assertThat(large.get().statusCode()).as("the large inventory was checked").isIn(200, 422);
    }
    assertThat(hedda.post("/inventories/import?check=true", "text/csv", SMALL).statusCode())
        .as("the finished check gave its permit back")
        .isIn(200, 422);
  }

  /** 100,000 task rows of Finance: seconds of checking. */
  private static byte[] largeInventory() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int row = 0; row < 100_000; row++) {
      int role = row / 10;
      csv.append("Finance,FIN,Clerk ")
          .append(role)
          .append(",CLK-")
          .append(role)
          .append(",1,1000,Book invoice batch ")
          .append(row)
          .append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
