package org.tacit.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransitionMatrixTest {

  private static final String[] CLASSES = {
    "AUTOMATABLE", "AUGMENTABLE", "LEARNING_BOUND", "MANUAL", "UNSCORED"
  };

  @Test
  void onlyTheClassesThatOccurOnEitherSideAreShownInTheServicesOrder() {
    Map<String, Map<String, Integer>> counts = empty();
    counts.get("MANUAL").put("MANUAL", 4);
    counts.get("MANUAL").put("AUTOMATABLE", 2);

    TransitionMatrix matrix = new TransitionMatrix(counts);

    assertThat(matrix.getClasses()).containsExactly("AUTOMATABLE", "MANUAL");
    assertThat(matrix.count("MANUAL", "AUTOMATABLE")).isEqualTo(2);
    assertThat(matrix.count("AUTOMATABLE", "MANUAL")).isZero();
    assertThat(matrix.count("MANUAL", "NOT_A_CLASS")).isZero();
  }

  @Test
  void withNoTaskInBothRunsTheMatrixIsEmpty() {
    assertThat(new TransitionMatrix(empty()).isBlank()).isTrue();
  }

  private static Map<String, Map<String, Integer>> empty() {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String from : CLASSES) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (String to : CLASSES) {
        row.put(to, 0);
      }
      counts.put(from, row);
    }
    return counts;
  }
}
