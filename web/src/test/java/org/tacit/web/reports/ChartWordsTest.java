package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.look.Shares;
import org.tacit.text.Words;
import org.tacit.web.assessment.QuadrantChart;

/**
 * Every word a chart of the pages shows comes from the bundle in the reader's language, and its
 * numbers are written as the reader's locale writes them: a share rounded as the board PDF rounds
 * it, "8.6%" in English and "8,6 %" in German.
 */
class ChartWordsTest {

  private static final List<YearFigures> BASE =
      List.of(year(2026, 0.4, 0.086, 0.01), year(2030, 0.45, 0.2, 0.123));

  @ParameterizedTest(name = "in {0}")
  @CsvSource(
      delimiter = '|',
      value = {"en | 8.6%", "de | 8,6\u00a0%"})
  void theTrendsAxisLinesAndTooltipsReadInTheReadersLanguage(String language, String share) {
    Locale locale = Locale.forLanguageTag(language);
    Words words = Words.in(locale);
    Map<String, List<YearFigures>> realistic = new LinkedHashMap<>();
    realistic.put("Base", BASE);

    JsonObject chart = read(TrendChart.of(List.of(2026, 2030), realistic, "Base", BASE, locale));

    JsonObject options = chart.getJsonObject("options");
    assertThat(options.getString("locale")).isEqualTo(language);
    assertThat(title(options, "y")).isEqualTo(words.text("chart.trend.axis"));
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    String naive = words.text("chart.trend.naive", "Base");
    assertThat(datasets.getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("label"))
        .containsExactly(
            naive,
            words.text("chart.trend.technical", "Base"),
            words.text("chart.trend.realistic", "Base"));
    JsonArray texts = datasets.getJsonObject(1).getJsonArray("texts");
    assertThat(texts.getString(0))
        .isEqualTo(words.text("chart.point", words.text("chart.trend.technical", "Base"), share))
        .endsWith(share);
    assertThat(share).isEqualTo(Shares.of(0.086, locale));
    assertThat(datasets.getJsonObject(0).getJsonArray("texts").getString(1))
        .isEqualTo(words.text("chart.point", naive, Shares.of(0.45, locale)));
  }

  @Test
  void aGermanReaderGetsGermanChartsNotTheEnglishFallback() {
    Map<String, List<YearFigures>> realistic = Map.of("Basis", BASE);

    JsonObject trend =
        read(TrendChart.of(List.of(2026, 2030), realistic, "Basis", BASE, Locale.GERMAN));

    assertThat(title(trend.getJsonObject("options"), "y"))
        .isEqualTo("% der Arbeitsstunden")
        .isNotEqualTo(Words.in(Locale.ENGLISH).text("chart.trend.axis"));
    assertThat(
            trend
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("texts")
                .getString(1))
        .isEqualTo("Naive Exposition (Basis): 45\u00a0%");
  }

  @ParameterizedTest(name = "in {0}")
  @CsvSource({"en, 80%", "de, 80\u00a0%"})
  void theQuadrantsAxesCornersAndTooltipsReadInTheReadersLanguage(
      String language, String confidence) {
    Locale locale = Locale.forLanguageTag(language);
    Words words = Words.in(locale);
    TaskScoreSummary task =
        new TaskScoreSummary(
            1,
            7,
            "Accountant",
            "FIN",
            "Finance",
            "Reconcile the ledger",
            new BigDecimal("25"),
            31.6,
            72.4,
            "AUTOMATABLE",
            0.8,
            List.of());

    JsonObject chart = read(QuadrantChart.of(List.of(task), 50, 50, "/role?id=", locale));

    JsonObject options = chart.getJsonObject("options");
    assertThat(title(options, "x")).isEqualTo(words.text("chart.quadrant.learningNeed"));
    assertThat(title(options, "y")).isEqualTo(words.text("chart.quadrant.readiness"));
    JsonObject corners = options.getJsonObject("plugins").getJsonObject("quadrants");
    assertThat(corners.getJsonObject("labels").getString("LEARNING_BOUND"))
        .isEqualTo(words.text("class.LEARNING_BOUND"));
    JsonObject automatable = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(automatable.getString("label")).isEqualTo(words.text("class.AUTOMATABLE"));
    assertThat(automatable.getJsonArray("data").getJsonObject(0).getString("text"))
        .isEqualTo(words.text("chart.quadrant.point", 32, 72, 0.8))
        .startsWith("L 32 \u00b7 A 72 \u00b7 ")
        .endsWith(confidence);
  }

  private static String title(JsonObject options, String axis) {
    return options
        .getJsonObject("scales")
        .getJsonObject(axis)
        .getJsonObject("title")
        .getJsonString("text")
        .getString();
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static YearFigures year(int year, double naive, double technical, double realistic) {
    return new YearFigures(
        year, 100.0, 1.0, null, share(naive), share(technical), share(realistic), null, null);
  }

  private static Share share(double share) {
    return new Share(share, share * 100, share, null);
  }
}
