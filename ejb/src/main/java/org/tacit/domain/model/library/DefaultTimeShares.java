package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The time shares a role's tasks get when HR has not said: each task weighs its expected
 * occurrences per workday times its importance, as O*NET rates them; unrated tasks weigh as the
 * median rated one, and when most tasks are unrated all shares are equal. Shares have two decimals
 * and add up to exactly 100.00.
 *
 * <p>Every share is first rounded down, so the remainder is never negative and can go on the
 * largest share (the first of equals) without taking it below zero; the result is the same on every
 * run.
 */
public final class DefaultTimeShares {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100).setScale(2);

  private DefaultTimeShares() {}

  /** One share per rating, in the same order; empty for no tasks. */
  public static List<BigDecimal> of(List<TaskRating> ratings) {
    if (ratings.isEmpty()) {
      return List.of();
    }
    List<BigDecimal> weights = weights(ratings);
    BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = new ArrayList<>();
    for (BigDecimal weight : weights) {
      shares.add(weight.multiply(HUNDRED).divide(total, 2, RoundingMode.DOWN));
    }
    BigDecimal remainder =
        HUNDRED.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    int largest = shares.indexOf(Collections.max(shares));
    shares.set(largest, shares.get(largest).add(remainder));
    return List.copyOf(shares);
  }

  /**
   * Frequency times importance for the rated tasks. When most tasks are rated, an unrated one
   * (often a Supplemental task O*NET did not survey) weighs as the median rated task: a middle
   * guess that keeps the rated tasks' differences. When most are unrated, all weigh the same.
   */
  private static List<BigDecimal> weights(List<TaskRating> ratings) {
    List<BigDecimal> rated =
        ratings.stream()
            .filter(TaskRating::isComplete)
            .map(r -> r.perWorkday().orElseThrow().multiply(r.importance().orElseThrow()))
            .sorted()
            .toList();
    if (rated.size() * 2 < ratings.size() || rated.stream().allMatch(w -> w.signum() == 0)) {
      return Collections.nCopies(ratings.size(), BigDecimal.ONE);
    }
    BigDecimal median = rated.get(rated.size() / 2);
    return ratings.stream()
        .map(
            r ->
                r.isComplete()
                    ? r.perWorkday().orElseThrow().multiply(r.importance().orElseThrow())
                    : median)
        .toList();
  }
}
