package org.tacit.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Four of O*NET's work-context ratings of an occupation, each rescaled from O*NET's 1–5 to 0–1: the
 * degree of automation, the importance of being exact or accurate, the importance of repeating the
 * same tasks, and structured versus unstructured work (1 = the worker decides tasks, priorities and
 * goals). They describe the occupation, not a single task.
 */
@Embeddable
public class WorkContext {

  @Column(name = "context_automation", precision = 3, scale = 2)
  private BigDecimal automation;

  @Column(name = "context_exactness", precision = 3, scale = 2)
  private BigDecimal exactness;

  @Column(name = "context_repeating", precision = 3, scale = 2)
  private BigDecimal repeating;

  @Column(name = "context_unstructured", precision = 3, scale = 2)
  private BigDecimal unstructured;

  protected WorkContext() {} // for JPA

  public WorkContext(
      BigDecimal automation, BigDecimal exactness, BigDecimal repeating, BigDecimal unstructured) {
    this.automation = share(automation, "degree of automation");
    this.exactness = share(exactness, "importance of being exact");
    this.repeating = share(repeating, "importance of repeating the same tasks");
    this.unstructured = share(unstructured, "unstructured work");
  }

  private static BigDecimal share(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "The " + what + " is rescaled to 0–1 (got " + value.toPlainString() + ").");
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  public BigDecimal automation() {
    return automation;
  }

  public BigDecimal exactness() {
    return exactness;
  }

  public BigDecimal repeating() {
    return repeating;
  }

  public BigDecimal unstructured() {
    return unstructured;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkContext that
        && automation.compareTo(that.automation) == 0
        && exactness.compareTo(that.exactness) == 0
        && repeating.compareTo(that.repeating) == 0
        && unstructured.compareTo(that.unstructured) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        automation.doubleValue(),
        exactness.doubleValue(),
        repeating.doubleValue(),
        unstructured.doubleValue());
  }
}
