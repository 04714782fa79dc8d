package org.tacit.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's rank correlation: the Pearson correlation of the two variables' ranks, ties sharing
 * the average of the ranks they span, so that it stays exact when many occupations share a value
 * (as O*NET's training categories do). Written out plainly so that the evidence can be checked
 * without a statistics library.
 */
final class Spearman {

  private Spearman() {}

  /** ρ of the pairs (x[i], y[i]); NaN with fewer than two pairs or when either side is constant. */
  static double of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "Spearman's ρ needs pairs: " + x.length + " x, " + y.length + " y.");
    }
    return x.length < 2 ? Double.NaN : pearson(ranks(x), ranks(y));
  }

  /** Ranks from 1, ties at the mean of their ranks: 10, 20, 20, 30 rank 1, 2.5, 2.5, 4. */
  static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double average = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        ranks[order[k]] = average;
      }
      start = end + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double meanX = Arrays.stream(x).average().orElseThrow();
    double meanY = Arrays.stream(y).average().orElseThrow();
    double covariance = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int i = 0; i < x.length; i++) {
      covariance += (x[i] - meanX) * (y[i] - meanY);
      varianceX += (x[i] - meanX) * (x[i] - meanX);
      varianceY += (y[i] - meanY) * (y[i] - meanY);
    }
    return varianceX == 0 || varianceY == 0
        ? Double.NaN
        : covariance / Math.sqrt(varianceX * varianceY);
  }
}
