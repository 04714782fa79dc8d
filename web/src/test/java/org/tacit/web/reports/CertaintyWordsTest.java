package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.SubstitutionReport.Range;
import org.tacit.application.reports.SubstitutionReport.Sensitivity;
import org.tacit.application.reports.SubstitutionReport.Swing;
import org.tacit.application.scenarios.RealWorkComparison;

class CertaintyWordsTest {

  private final CertaintyWords words = new CertaintyWords();

  @Test
  void aHeadlinesRangeNamesItsEndsAndThePresetsThatGiveThem() {
    Range range = new Range(0.04, "Cautious", 0.31, "Fast");

    assertThat(words.range(range, Locale.ENGLISH)).isEqualTo("4%\u201331% across the presets");
    assertThat(words.rangeTitle(range, 2036, Locale.ENGLISH))
        .isEqualTo("Lowest under \u201cCautious\u201d, highest under \u201cFast\u201d, in 2036");
  }

  @Test
  void theSensitivityWritesSharesWithADecimalSoCloseValuesDiffer() {
    assertThat(words.percent(0.3512, Locale.ENGLISH)).isEqualTo("35.1%");
    assertThat(words.percent(0.35, Locale.ENGLISH)).isEqualTo("35.0%");
    assertThat(words.percent(null, Locale.ENGLISH)).isEqualTo("–");
  }

  @Test
  void aSwungAssumptionIsLabelledWithItsCautiousAndFastValues() {
    Swing adoption = new Swing("ADOPTION", "years from capable to full use", "8", "3", 0.10, 0.14);
    Swing unknown = new Swing("SOMETHING_NEW", "something new", "a", "b", 0.1, 0.2);

    assertThat(words.swing(adoption, Locale.ENGLISH)).isEqualTo("Years to full use: 8 | 3");
    assertThat(words.swing(unknown, Locale.ENGLISH)).isEqualTo("something new: a | b");
    assertThat(CertaintyWords.value("0.25", Locale.GERMAN)).isEqualTo("0,25");
    assertThat(CertaintyWords.value("2030", Locale.GERMAN)).isEqualTo("2030");
    assertThat(CertaintyWords.value("never", Locale.GERMAN)).isEqualTo("nie");
    assertThat(CertaintyWords.value("never", Locale.ENGLISH)).isEqualTo("never");
  }

  @Test
  void theRealWorkCheckSaysWhatTheRuleGivesBesideWhatWasMeasured() {
    RealWorkComparison check =
        new RealWorkComparison(
            1,
            "Base",
            "Remote Labor Index, best agent",
            YearMonth.of(2025, 10),
            11.5,
            3,
            0.025,
            0.028,
            2,
            true,
            "Mazeika et al.");

    assertThat(words.realWork(check, Locale.ENGLISH))
        .isEqualTo(
            "\u201cBase\u201d: this scenario's rule gives 2.8% of work like the Remote Labor"
                + " Index's (11.5 h, moderate error cost, October 2025) done; the RLI measured 2.5%"
                + " (holds within a factor of two)");
    RealWorkComparison off =
        new RealWorkComparison(
            2,
            "Fast",
            "Remote Labor Index, best agent",
            YearMonth.of(2025, 10),
            11.5,
            3,
            0.025,
            0.09,
            2,
            false,
            "Mazeika et al.");
    assertThat(words.realWork(off, Locale.ENGLISH))
        .endsWith("(does not hold within a factor of two)");
  }

  @Test
  void theSensitivityChartIsATornadoFromTheHeadlineToEachValueLargestSwingFirst() {
    Sensitivity sensitivity =
        new Sensitivity(
            2036,
            0.12,
            List.of(
                new Swing("ADOPTION", "years from capable to full use", "8", "3", 0.08, 0.15),
                new Swing(
                    "CAPTURE", "capture of scattered freed hours", "0.25", "0.75", 0.11, 0.13)));

    JsonObject chart =
        Json.createReader(new StringReader(SensitivityChart.of(sensitivity, Locale.ENGLISH)))
            .readObject();

    assertThat(chart.getString("type")).isEqualTo("bar");
    assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly(
            "Years to full use: 8 | 3", "Capture of scattered freed hours: 0.25 | 0.75");
    JsonObject cautious = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(cautious.getString("label")).isEqualTo("At its cautious value");
    assertThat(cautious.getJsonArray("data").getJsonArray(0).toString()).isEqualTo("[12.0,8.0]");
    assertThat(
            data.getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .getJsonArray(0)
                .toString())
        .isEqualTo("[12.0,15.0]");
  }
}
