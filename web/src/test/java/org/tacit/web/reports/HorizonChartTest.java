package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;

class HorizonChartTest {

  private static final List<HorizonPoint> POINTS =
      List.of(
          new HorizonPoint(YearMonth.of(2024, 1), "Model A", 1, 0.2, "s", false),
          new HorizonPoint(
              YearMonth.of(2024, 7),
              "Model B</script><script>alert(1)</script>",
              2,
              null,
              "s",
              true),
          new HorizonPoint(YearMonth.of(2025, 1), "Model C", 4, 0.8, "s", false));

  @Test
  void the50And80PercentHorizonsArePointsByReleaseOnALogScaleWithTheFittedLineOverItsPeriod() {
    HorizonTrend trend = HorizonTrend.fit(POINTS);
    String json = HorizonChart.of(POINTS, trend, new HorizonText(Locale.UK));

    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(datasets.getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("label"))
        .containsExactly(
            "50 % horizon", "80 % horizon", "Fitted trend (50 %): doubling every 6.0 months");
    JsonArray fifty = datasets.getJsonObject(0).getJsonArray("data");
    assertThat(fifty).hasSize(3);
    assertThat(fifty.getJsonObject(1).getJsonNumber("x").doubleValue())
        .isCloseTo(2024.5, within(1e-9));
    assertThat(fifty.getJsonObject(1).getString("text")).isEqualTo("50 % horizon, Jul 2024: 2.0 h");
    assertThat(datasets.getJsonObject(1).getJsonArray("data"))
        .as("no 80 % horizon for Model B")
        .hasSize(2);
    JsonArray line = datasets.getJsonObject(2).getJsonArray("data");
    assertThat(line.getJsonObject(0).getJsonNumber("x").doubleValue()).isEqualTo(2024.0);
    assertThat(line.getJsonObject(0).getJsonNumber("y").doubleValue()).isCloseTo(1.0, within(1e-9));
    assertThat(line.getJsonObject(1).getJsonNumber("y").doubleValue()).isCloseTo(4.0, within(1e-9));
    assertThat(
            chart
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("y")
                .getString("type"))
        .isEqualTo("logarithmic");
  }

  @Test
  void aModelNameCannotEndTheScriptThePageEmbedsTheChartIn() {
    String json = HorizonChart.of(POINTS, HorizonTrend.fit(POINTS), new HorizonText(Locale.UK));

    assertThat(json).doesNotContain("</script>").contains("\\u003c/script\\u003e");
  }
}
