package org.tacit.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacit.domain.scoring.TaskClass;

class TaskResultTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5    | +12.50",
        "-8.33   | -8.33",
        "0       | +0.00",
        "-0.0    | -0.00",
        "0.05    | +0.05",
        "-0.1    | -0.10",
        "100     | +100.00",
        "1.005   | +1.01",
        "-2.3456 | -2.35"
      })
  void pointsAreWrittenToTwoDecimalsWithTheirSign(double points, String written) {
    assertThat(result(points).pointsText()).isEqualTo("LEARN-TACIT=" + written);
  }

  @ParameterizedTest
  @ValueSource(doubles = {3.14, -0.01, 7.999, 1e-9, -1234.5678, 0.125, 1e17})
  void pointsAreWrittenAsTheFormatterWritesThemAndReadBack(double points) {
    String text = result(points).pointsText();
    assertThat(text).isEqualTo("LEARN-TACIT=" + String.format(Locale.ROOT, "%+.2f", points));
    assertThat(TaskResult.parsePoints(text)).containsOnlyKeys("LEARN-TACIT");
  }

  private static TaskResult result(double points) {
    Map<String, Double> contributions = new LinkedHashMap<>();
    contributions.put("LEARN-TACIT", points);
    return new TaskResult(50, 50, TaskClass.values()[0], 1.0, contributions);
  }
}
