package org.tacit.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HorizonPointTest {

  private static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);

  @Test
  void aPointKeepsItsFiguresWithModelAndSourceStripped() {
    HorizonPoint point =
        new HorizonPoint(MARCH_2025, " Claude 3.7 Sonnet ", 0.98, 0.25, " METR 2025 ", false);

    assertThat(point.model()).isEqualTo("Claude 3.7 Sonnet");
    assertThat(point.source()).isEqualTo("METR 2025");
    assertThat(point.reliableShare().getAsDouble()).isEqualTo(0.25 / 0.98);
  }

  @ParameterizedTest(name = "50 % {0} h, 80 % {1} h: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "0, -, above 0",
        "-1, -, above 0",
        "NaN, -, above 0",
        "Infinity, -, above 0",
        "1, 0, above 0",
        "1, 2, cannot be longer",
        "2000000, -, at most"
      })
  void impossibleHoursAreRefused(double fifty, Double eighty, String problem) {
    assertThatThrownBy(() -> new HorizonPoint(MARCH_2025, "m", fifty, eighty, "s", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void aPointNeedsItsModelSourceAndMonthWithinBounds() {
    assertThatThrownBy(() -> new HorizonPoint(MARCH_2025, " ", 1, null, "s", false))
        .hasMessageContaining("model");
    assertThatThrownBy(() -> new HorizonPoint(MARCH_2025, "m", 1, null, null, false))
        .hasMessageContaining("source");
    assertThatThrownBy(() -> new HorizonPoint(MARCH_2025, "m".repeat(101), 1, null, "s", false))
        .hasMessageContaining("at most 100");
    assertThatThrownBy(() -> new HorizonPoint(MARCH_2025, "m", 1, null, "s".repeat(501), false))
        .hasMessageContaining("at most 500");
    assertThatThrownBy(() -> new HorizonPoint(YearMonth.of(1900, 1), "m", 1, null, "s", false))
        .hasMessageContaining("1950");
    assertThatThrownBy(() -> new HorizonPoint(null, "m", 1, null, "s", false))
        .isInstanceOf(NullPointerException.class);
  }
}
