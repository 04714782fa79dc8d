package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskFrequencyTest {

  @ParameterizedTest(name = "everyone in category {0}: {1} per workday")
  @CsvSource({
    "1, 0.003846",
    "2, 0.007692",
    "3, 0.046154",
    "4, 0.200000",
    "5, 1.000000",
    "6, 3.000000",
    "7, 8.000000"
  })
  void eachCategoryHasItsExpectedOccurrencesPerWorkday(int category, String perWorkday) {
    assertThat(TaskFrequency.perWorkday(Map.of(category, new BigDecimal("100"))))
        .contains(new BigDecimal(perWorkday));
  }

  @Test
  void answersAreWeightedByTheShareOfIncumbentsAndNormalisedByTheirSum() {
    var split =
        Map.of(5, new BigDecimal("49.5"), 7, new BigDecimal("49.5")); // adds up to 99, not 100

    assertThat(TaskFrequency.perWorkday(split)).contains(new BigDecimal("4.500000"));
  }

  @Test
  void noAnswersMeanNoFrequency() {
    assertThat(TaskFrequency.perWorkday(Map.of())).isEmpty();
    assertThat(TaskFrequency.perWorkday(Map.of(3, BigDecimal.ZERO))).isEmpty();
  }

  @Test
  void onlyOnetsSevenCategoriesExist() {
    assertThatThrownBy(() -> TaskFrequency.perWorkday(Map.of(8, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
