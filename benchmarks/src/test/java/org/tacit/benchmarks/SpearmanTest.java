package org.tacit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpearmanTest {

  @Test
  void tiesShareTheAverageOfTheRanksTheySpan() {
    assertThat(Spearman.ranks(new double[] {30, 10, 20, 20})).containsExactly(4, 1, 2.5, 2.5);
    assertThat(Spearman.ranks(new double[] {5, 5, 5})).containsExactly(2, 2, 2);
  }

  @ParameterizedTest(name = "{0} against {1}: ρ = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 2 3 4 5 | 10 20 30 40 50   | 1", // same order
        "1 2 3 4 5 | 1 4 9 16 25      | 1", // monotone, not linear: still 1
        "1 2 3 4 5 | 5 4 3 2 1        | -1",
        "1 2 3 4 5 | 2 1 4 3 5        | 0.8", // 1 − 6 × 4 / (5 × 24)
        "1 2 3 4   | 1 1 2 2          | 0.894427191"
      }) // ranks 1.5 1.5 3.5 3.5: 2 / √5
  void rhoIsThePearsonCorrelationOfTheRanks(String x, String y, double rho) {
    assertThat(Spearman.of(numbers(x), numbers(y))).isCloseTo(rho, within(1e-9));
  }

  @Test
  void aConstantSideOrTooFewPairsHaveNoCorrelation() {
    assertThat(Spearman.of(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
    assertThat(Spearman.of(new double[] {1}, new double[] {2})).isNaN();
  }

  private static double[] numbers(String text) {
    return java.util.Arrays.stream(text.trim().split("\\s+"))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }
}
