package org.tacit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatlingStatsTest {

  /** As Gatling 3.13 writes js/stats.js: outer keys unquoted, numbers as strings, code after. */
  private static final String STATS_JS =
      """
      var stats = {
          type: "GROUP",
      name: "All Requests",
      path: "",
      pathFormatted: "group_missing-name--1146707516",
      stats: {
          "name": "All Requests",
          "numberOfRequests": {"total": "251", "ok": "209", "ko": "42"},
          "maxResponseTime": {"total": "65646", "ok": "65646", "ko": "30855"},
          "percentiles1": {"total": "1127", "ok": "1099", "ko": "1548"},
          "percentiles3": {"total": "32421", "ok": "35580", "ko": "27143"},
          "percentiles4": {"total": "64598", "ok": "64598", "ko": "30855"}
      },
      contents: {
      "req_board-pdf-396160120": {
              type: "REQUEST",
              name: "Board PDF {scenario}",
      path: "Board PDF",
      pathFormatted: "req_board-pdf-396160120",
      stats: {
          "name": "Board PDF {scenario}",
          "numberOfRequests": {"total": "1", "ok": "1", "ko": "0"},
          "maxResponseTime": {"total": "4200", "ok": "4200", "ko": "-"},
          "percentiles1": {"total": "4200", "ok": "4200", "ko": "-"},
          "percentiles3": {"total": "4200", "ok": "4200", "ko": "-"},
          "percentiles4": {"total": "4200", "ok": "4200", "ko": "-"}
      }
          }
      }

      }

      function fillStats(stat){
          $("#numberOfRequests").append(stat.numberOfRequests.total);
      }
      """;

  @Test
  void readsTheStatsObjectOfGatlingsReportWithItsRequests() {
    var figures = RequestFigures.of(GatlingStats.parse(STATS_JS));

    assertThat(figures)
        .extracting(RequestFigures::name)
        .containsExactly("All Requests", "Board PDF {scenario}");
    assertThat(figures.get(0).count()).isEqualTo(251);
    assertThat(figures.get(0).failed()).isEqualTo(42);
    assertThat(figures.get(0).p95()).hasValue(35_580);
    assertThat(figures.get(1).group()).isFalse();
    assertThat(figures.get(1).p99()).hasValue(4_200);
  }
}
