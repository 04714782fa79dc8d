package org.tacit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RatioTableTest {

  /** Gatling writes "-" for a figure no request gave. */
  private static final String DASH = "\"-\"";

  /** The shape of Gatling 3.13's js/stats.js, cut down to two requests in a group. */
  private static final String STATS =
      """
      {"type":"GROUP","name":"All Requests","path":"","pathFormatted":"group_missing-name",
       "stats":%s,
       "contents":{
        "req_static":{"type":"REQUEST","name":"Static resource (baseline)","path":"x","pathFormatted":"x",
          "stats":%s},
        "group_sign-in":{"type":"GROUP","name":"sign-in","path":"sign-in","pathFormatted":"y",
          "stats":%s,
          "contents":{"req_reports":{"type":"REQUEST","name":"Reports page","path":"r","pathFormatted":"r",
            "stats":%s}}}}}
      """
          .formatted(
              stats("All Requests", 30, 2, 40, 400, 500, 900),
              stats("Static resource (baseline)", 10, 0, 5, 8, 9, 12),
              stats("sign-in", 0, 0, DASH, DASH, DASH, DASH),
              stats("Reports page", 20, 2, 120, 340, 420, 900));

  private final List<RequestFigures> figures = RequestFigures.of(json(STATS));

  @Test
  void readsEveryRequestAndGroupDepthFirstWithTheSuccessfulRequestsPercentiles() {
    assertThat(figures)
        .extracting(RequestFigures::name)
        .containsExactly("All Requests", "Static resource (baseline)", "sign-in", "Reports page");
    RequestFigures reports = figures.get(3);
    assertThat(reports.count()).isEqualTo(20);
    assertThat(reports.failed()).isEqualTo(2);
    assertThat(reports.median()).hasValue(120);
    assertThat(reports.p95()).hasValue(340);
    assertThat(reports.p99()).hasValue(420);
    assertThat(reports.max()).hasValue(900);
  }

  @Test
  void aFigureNoRequestGaveIsEmptyNotZero() {
    assertThat(figures.get(2).p95()).isEmpty();
    assertThat(figures.get(2).group()).isTrue();
  }

  @Test
  void eachNinetyFifthPercentileIsShownAsAMultipleOfTheStaticResources() {
    RatioTable table = new RatioTable(figures);

    assertThat(table.ratio(OptionalLong.of(340))).hasValue("43×");
    assertThat(table.ratio(OptionalLong.of(8))).hasValue("1.0×");
    assertThat(table.ratio(OptionalLong.empty())).isEmpty();
  }

  @Test
  void aMissedTargetSaysByHowMuchAndHowManyFailed() {
    assertThat(RatioTable.verdict(figures.get(3))).hasValue("missed by 40 ms, 2 failed");
    assertThat(RatioTable.verdict(figures.get(1))).isEmpty();
  }

  @Test
  void theTableHasARowPerRequestWithItsRatio() {
    String markdown = new RatioTable(figures).markdown();

    assertThat(markdown)
        .contains(
            "| Reports page | 20 | 2 | 120 | **340** | 420 | 900 | 43× | missed by 40 ms, 2 failed"
                + " |")
        .contains("| sign-in (group) | 0 | 0 | – | – | – | – | – |  |");
  }

  private static String stats(
      String name, int total, int ko, Object p50, Object p95, Object p99, Object max) {
    return """
    {"name":"%s","numberOfRequests":{"total":%d,"ok":%d,"ko":%d},
     "minResponseTime":{"total":1,"ok":1,"ko":1},
     "maxResponseTime":{"total":%s,"ok":%s,"ko":0},
     "percentiles1":{"total":%s,"ok":%s,"ko":0},
     "percentiles2":{"total":0,"ok":0,"ko":0},
     "percentiles3":{"total":%s,"ok":%s,"ko":0},
     "percentiles4":{"total":%s,"ok":%s,"ko":0}}
    """
        .formatted(name, total, total - ko, ko, max, max, p50, p50, p95, p95, p99, p99);
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
