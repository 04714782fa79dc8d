package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What O*NET's incumbents said about one task: how often it is done (expected occurrences per
 * workday, see {@link TaskFrequency}) and how important it is (1–5). Either may be unknown, since
 * O*NET rates most tasks but not all.
 */
public final class TaskRating {

  public static final TaskRating UNKNOWN = new TaskRating(null, null);

  private final BigDecimal perWorkday;
  private final BigDecimal importance;

  private TaskRating(BigDecimal perWorkday, BigDecimal importance) {
    if (perWorkday != null && perWorkday.signum() < 0) {
      throw new IllegalArgumentException("A task frequency cannot be negative.");
    }
    if (importance != null
        && (importance.compareTo(BigDecimal.ONE) < 0
            || importance.compareTo(BigDecimal.valueOf(5)) > 0)) {
      throw new IllegalArgumentException(
          "O*NET importance is from 1 to 5 (got " + importance.toPlainString() + ").");
    }
    this.perWorkday = perWorkday;
    this.importance = importance;
  }

  /** Either argument may be null when O*NET has no such rating. */
  public static TaskRating of(BigDecimal perWorkday, BigDecimal importance) {
    return perWorkday == null && importance == null
        ? UNKNOWN
        : new TaskRating(perWorkday, importance);
  }

  public Optional<BigDecimal> perWorkday() {
    return Optional.ofNullable(perWorkday);
  }

  public Optional<BigDecimal> importance() {
    return Optional.ofNullable(importance);
  }

  /** Both frequency and importance are known, so the task can be weighed against others. */
  public boolean isComplete() {
    return perWorkday != null && importance != null;
  }
}
