package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.Dashboard.FactColumn;
import org.tacit.application.reports.Dashboard.FactLevel;

class FactHeatmapTest {

  private final FactHeatmap heatmap = new FactHeatmap();
  private final FactColumn novelty =
      new FactColumn("novelty", "new situations", "LEARNING_NEED", false);
  private final FactColumn length =
      new FactColumn("task_length_hours", "hours", "AUTOMATION_READINESS", true);

  @Test
  void levelsShadeFromTheLowestToTheHighestOfTheScale() {
    assertThat(heatmap.intensity(novelty, new FactLevel(1.0, 1, 0))).isZero();
    assertThat(heatmap.intensity(novelty, new FactLevel(3.0, 1, 0))).isEqualTo(0.5);
    assertThat(heatmap.intensity(novelty, new FactLevel(5.0, 1, 0))).isEqualTo(1.0);
  }

  @Test
  void taskLengthShadesByItsLogarithmBetweenSixMinutesAndAWorkingWeek() {
    assertThat(heatmap.intensity(length, new FactLevel(0.05, 1, 0))).isZero();
    assertThat(heatmap.intensity(length, new FactLevel(2.0, 1, 0)))
        .isCloseTo(Math.log(20) / Math.log(400), within(1e-9));
    assertThat(heatmap.intensity(length, new FactLevel(100.0, 1, 0))).isEqualTo(1.0);
  }

  @Test
  void anUnknownFactIsABlankCellThatSaysSoOnHover() {
    FactLevel unknown = new FactLevel(null, 0, 0);
    assertThat(heatmap.intensity(novelty, unknown)).isNegative();
    assertThat(heatmap.style(novelty, unknown)).isEqualTo("background:#fff");
    assertThat(heatmap.text(unknown, Locale.ENGLISH)).isEmpty();
    assertThat(heatmap.title(novelty, unknown, Locale.ENGLISH)).contains("unknown");
  }

  @Test
  void learningFactsAreGreenReadinessFactsOrangeAndTextInTheReadersLocale() {
    assertThat(heatmap.style(novelty, new FactLevel(5.0, 1, 0))).startsWith("background:hsl(142,");
    assertThat(heatmap.style(length, new FactLevel(40.0, 1, 0)))
        .startsWith("background:hsl(21,")
        .endsWith("#fff");
    assertThat(heatmap.text(new FactLevel(3.26, 1, 0), Locale.GERMANY)).isEqualTo("3,3");
    assertThat(heatmap.title(novelty, new FactLevel(3.0, 0.8, 0.5), Locale.ENGLISH))
        .contains("80% of the time answered, 50% estimated");
  }
}
