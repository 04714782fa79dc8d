package org.tacit.domain.model.library;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How long a new worker trains on the job under supervision, as O*NET's incumbents answer it (scale
 * OJ, nine categories). An occupation is summarised by its median category: at least half of its
 * incumbents needed that long or less, which resists the few who name an extreme. Each category
 * maps onto the rubric's {@code time_to_proficiency} level whose span contains it.
 */
public enum OnTheJobTraining {
  NONE_OR_SHORT_DEMONSTRATION("None or short demonstration", 1),
  UP_TO_1_MONTH("Up to 1 month", 2),
  UP_TO_3_MONTHS("Over 1 month, up to 3 months", 3),
  UP_TO_6_MONTHS("Over 3 months, up to 6 months", 3),
  UP_TO_1_YEAR("Over 6 months, up to 1 year", 4),
  UP_TO_2_YEARS("Over 1 year, up to 2 years", 4),
  UP_TO_4_YEARS("Over 2 years, up to 4 years", 5),
  UP_TO_10_YEARS("Over 4 years, up to 10 years", 5),
  OVER_10_YEARS("Over 10 years", 5);

  private static final BigDecimal HALF = BigDecimal.valueOf(50);

  private final String description;
  private final int proficiencyLevel;

  OnTheJobTraining(String description, int proficiencyLevel) {
    this.description = description;
    this.proficiencyLevel = proficiencyLevel;
  }

  /** The category O*NET numbers 1–9. */
  public static Optional<OnTheJobTraining> ofCategory(int category) {
    return category >= 1 && category <= values().length
        ? Optional.of(values()[category - 1])
        : Optional.empty();
  }

  /** The median of the percentages of incumbents in categories 1–9; empty when no one answered. */
  public static Optional<OnTheJobTraining> medianOf(List<BigDecimal> percentByCategory) {
    BigDecimal total = percentByCategory.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int i = 0; i < percentByCategory.size() && total.signum() > 0; i++) {
      cumulative = cumulative.add(percentByCategory.get(i));
      if (cumulative.multiply(BigDecimal.valueOf(100)).compareTo(total.multiply(HALF)) >= 0) {
        return ofCategory(i + 1);
      }
    }
    return Optional.empty();
  }

  public int category() {
    return ordinal() + 1;
  }

  public String description() {
    return description;
  }

  /** The rubric level: 1 &lt;1 week, 2 &lt;1 month, 3 1–6 months, 4 6–24 months, 5 &gt;2 years. */
  public int proficiencyLevel() {
    return proficiencyLevel;
  }
}
