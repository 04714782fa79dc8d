package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.look.Palette;
import org.tacit.web.assessment.ClassLabels;

/**
 * The Reports page rounds and colours a figure as the board PDF does (ejb's {@code OneLookTest}
 * holds the same table).
 */
class OneLookTest {

  @ParameterizedTest(name = "{0} reads {1} on the page, as in the PDF")
  @CsvSource(
      delimiter = '|',
      value = {"0.005 | 0.5%", "0.086 | 8.6%", "0.123 | 12%", "0.568 | 57%", "1.0 | 100%"})
  void thePageRoundsAShareAsTheBoardPdfDoes(double share, String shown) {
    assertThat(ReportWords.percent(Locale.ENGLISH, share)).isEqualTo(shown);
  }

  @Test
  void theTrendColoursEveryScenarioAndFigureKindAsTheBoardPdfDoes() {
    YearFigures year =
        new YearFigures(2030, 100.0, 1.0, null, share(0.4), share(0.2), share(0.1), null, null);
    Map<String, List<YearFigures>> scenarios = new LinkedHashMap<>();
    for (String name : List.of("Base", "Cautious", "Fast")) {
      scenarios.put(name, List.of(year));
    }
    String chart = TrendChart.of(List.of(2030), scenarios, "Base", List.of(year), Locale.ENGLISH);
    assertThat(chart)
        .contains("\"borderColor\":\"" + Palette.Figure.NAIVE.colour() + "\"")
        .contains("\"borderColor\":\"" + Palette.Figure.TECHNICAL.colour() + "\"");
    for (int s = 0; s < 3; s++) {
      assertThat(chart).contains("\"borderColor\":\"" + Palette.scenario(s) + "\"");
    }
    assertThat(chart.indexOf(Palette.scenario(1))).isGreaterThan(chart.indexOf("Cautious"));
    assertThat(ClassLabels.COLOURS).isSameAs(Palette.TASK_CLASSES);
  }

  private static Share share(double share) {
    return new Share(share, share * 100, share, null);
  }
}
