package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnTheJobTrainingTest {

  @ParameterizedTest(name = "OJ category {0} means time to proficiency {1}")
  @CsvSource({"1, 1", "2, 2", "3, 3", "4, 3", "5, 4", "6, 4", "7, 5", "8, 5", "9, 5"})
  void eachCategoryMapsOntoTheProficiencyLevelWhoseSpanContainsIt(int category, int level) {
    assertThat(OnTheJobTraining.ofCategory(category).orElseThrow().proficiencyLevel())
        .isEqualTo(level);
  }

  @ParameterizedTest(name = "{0}: median category {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "50,0,0,0,0,0,0,0,50; 1", // exactly half is enough
        "49,2,0,0,0,0,0,0,49; 2",
        "10,20,30,20,10,5,5,0,0; 3",
        "0,0,0,0,0,0,0,0,100; 9",
        "1,1,1,1,1,1,1,1,1; 5"
      }) // percentages need not add up to 100
  void anOccupationIsSummarisedByItsMedianCategory(String percentages, int category) {
    assertThat(OnTheJobTraining.medianOf(numbers(percentages)))
        .contains(OnTheJobTraining.ofCategory(category).orElseThrow());
  }

  @Test
  void noAnswersHaveNoMedian() {
    assertThat(OnTheJobTraining.medianOf(numbers("0,0,0,0,0,0,0,0,0"))).isEmpty();
    assertThat(OnTheJobTraining.ofCategory(10)).isEmpty();
  }

  private static List<BigDecimal> numbers(String csv) {
    return Arrays.stream(csv.split(",")).map(BigDecimal::new).toList();
  }
}
