package org.tacit.infrastructure.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tacit.look.Palette;

/**
 * The PDF rounds and colours a figure as the Reports page does (web's {@code OneLookTest} holds the
 * same table).
 */
class OneLookTest {

  @ParameterizedTest(name = "{0} reads {1} in the PDF, as on the page")
  @CsvSource(
      delimiter = '|',
      value = {"0.005 | 0.5%", "0.086 | 8.6%", "0.123 | 12%", "0.568 | 57%", "1.0 | 100%"})
  void thePdfRoundsAShareAsTheReportsPageDoes(double share, String shown) {
    assertThat(new Formats(Locale.ENGLISH).share(share)).isEqualTo(shown);
  }

  @Test
  void thePdfColoursEveryScenarioAndFigureKindAsTheReportsPageDoes() {
    for (int s = 0; s < 10; s++) {
      assertThat(Charts.scenarioColor(s)).isEqualTo(Color.decode(Palette.scenario(s)));
    }
    assertThat(Charts.scenarioColor(0)).isEqualTo(new Color(0x1d, 0x4e, 0xd8));
    assertThat(Charts.NAIVE).isEqualTo(new Color(0xc2, 0x41, 0x0c));
    assertThat(Charts.TECHNICAL).isEqualTo(new Color(0x6b, 0x72, 0x80));
    assertThat(Charts.CAUTIOUS).isEqualTo(Color.decode(Palette.CAUTIOUS));
    assertThat(Charts.CLASSES.get(2))
        .isEqualTo(Color.decode(Palette.TASK_CLASSES.get("LEARNING_BOUND")));
  }
}
