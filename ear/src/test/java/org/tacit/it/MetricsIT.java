package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What an operator watches at {@code /metrics} (docs/operations.md, "Metrics"), read as Prometheus
 * reads it while a person works: request times by page, run durations, work under way, and the
 * connection pool from Payara's own monitoring. (The figures' background refresh, the other timer,
 * happens only above 20,000 tasks, which the demo company is far below.)
 */
@ExtendWith(Portal.class)
class MetricsIT {

  private final Portal portal = Portal.get();

  @Test
  void anOperatorSeesRequestTimesRunDurationsWorkUnderWayAndPoolUse() throws Exception {
    double apiBefore = countOrZero("tacit_requests_seconds_count", Map.of("page", "api"));
    double runsBefore = countOrZero("tacit_runs_seconds_count", Map.of("outcome", "done"));

    Api sam = Api.as(portal, DemoUser.SAM);
    sam.finishedRun(sam.startOrganisationRun());
    assertThat(sam.get("/reports/substitution?scenario=" + sam.firstScenario()).statusCode())
        .isEqualTo(200);
    // The run is counted as it ends, after its last poll answered
    Deadline.within(
        Duration.ofSeconds(30),
        "a finished run counted",
        () -> countOrZero("tacit_runs_seconds_count", Map.of("outcome", "done")) > runsBefore);
    assertThat(metric("tacit_runs_seconds_sum", Map.of("outcome", "done")))
        .as("in seconds")
        .isPositive()
        .isLessThan(600);
    assertThat(metric("tacit_requests_seconds_count", Map.of("page", "api")))
        .isGreaterThanOrEqualTo(apiBefore + 4);

    try (Browser browser = new Browser(portal)) {
      browser.signIn(DemoUser.SAM);
      browser.open("/app/reports/");
      browser.waitFor(By.id("user-name"));
    }
    assertThat(metric("tacit_requests_seconds_count", Map.of("page", "reports/index")))
        .as("the Reports page, asked for by its folder's address")
        .isPositive();
    assertThat(metric("tacit_requests_seconds_count", Map.of("page", "index"))).isPositive();
    assertThat(metric("tacit_work_underway", Map.of("work", "run"))).isNotNegative();
    assertThat(metric("tacit_work_underway", Map.of("work", "import"))).isNotNegative();

    double used = metric("tacit_database_connections", Map.of("state", "used"));
    double free = metric("tacit_database_connections", Map.of("state", "free"));
    assertThat(used)
        .as("connections in use: Payara's pool monitoring is on")
        .isNotNaN()
        .isNotNegative();
    assertThat(used + free).as("the pool has opened connections").isPositive();
    assertThat(metric("tacit_database_connections", Map.of("state", "waiting"))).isNotNaN();
  }

  private URI metricsUrl() {
    return portal.healthUrl().resolve("/metrics?scope=application");
  }

  private String scrape() throws Exception {
    HttpResponse<String> answer = Http.get(metricsUrl());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }

  /** The value of the sample named {@code name} with every tag in {@code tags}; it must exist. */
  private double metric(String name, Map<String, String> tags) throws Exception {
    OptionalDouble value = sample(name, tags);
    assertThat(value).as(name + " " + tags + " in /metrics").isPresent();
    return value.getAsDouble();
  }

  /** A count not yet made is not in /metrics at all. */
  private double countOrZero(String name, Map<String, String> tags) throws Exception {
    return sample(name, tags).orElse(0);
  }

  private OptionalDouble sample(String name, Map<String, String> tags) throws Exception {
    Pattern line =
        Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
    Matcher sample = line.matcher(scrape());
    while (sample.find()) {
      String labels = sample.group(1);
      if (tags.entrySet().stream()
          .allMatch(t -> labels.contains(t.getKey() + "=\"" + t.getValue() + "\""))) {
        return OptionalDouble.of(Double.parseDouble(sample.group(2)));
      }
    }
    return OptionalDouble.empty();
  }
}
