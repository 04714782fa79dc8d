package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The time shares a role's tasks get when HR has not said: each task weighs its expected
 * occurrences per workday times its importance, as O*NET rates them; an unrated task weighs as the
 * lightest rated task, so it never gets more time than a task O*NET surveyed; with no rated task,
 * all shares are equal. Shares have two decimals and add up to exactly 100.00.
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
   * Frequency times importance for the rated tasks; for an unrated one (often a Supplemental task
   * O*NET did not survey) the lightest rated weight above zero. Nothing says an unrated task takes
   * more time than the least of the surveyed ones, and giving it the median did: in an occupation
   * whose rated tasks are mostly rare, an unrated task got more time than rated core tasks. With no
   * rated weight above zero, all weigh the same.
   */
  private static List<BigDecimal> weights(List<TaskRating> ratings) {
    Optional<BigDecimal> lightest =
        ratings.stream()
            .filter(TaskRating::isComplete)
            .map(DefaultTimeShares::weight)
            .filter(w -> w.signum() > 0)
            .min(Comparator.naturalOrder());
    if (lightest.isEmpty()) {
      return Collections.nCopies(ratings.size(), BigDecimal.ONE);
    }
    return ratings.stream().map(r -> r.isComplete() ? weight(r) : lightest.get()).toList();
  }

  private static BigDecimal weight(TaskRating rated) {
    return rated.perWorkday().orElseThrow().multiply(rated.importance().orElseThrow());
  }
}
