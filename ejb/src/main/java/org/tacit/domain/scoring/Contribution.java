package org.tacit.domain.scoring;

import java.util.Locale;
import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * What one rule made of one answer: how many points it moved its axis, and why. Points are on the
 * axis's 0–100 scale and signed: an axis starts from 50 (neutral) and is the sum of 50 and its
 * contributions (before rounding), so a reason a person reads adds up to the score they see. The
 * reason is put into words only when asked for, not while millions of tasks are scored.
 *
 * @param answer the level 1–5, or hours for {@code task_length_hours}
 */
public record Contribution(Rule rule, double answer, Provenance provenance, double points) {

  public String ruleId() {
    return rule.id();
  }

  public TaskFact fact() {
    return rule.fact();
  }

  public Axis axis() {
    return rule.axis();
  }

  public boolean isEstimated() {
    return provenance == Provenance.ESTIMATED;
  }

  /** Such as {@code LEARN-TACIT: depends on unwritten context (5/5)}. */
  public String reason() {
    return rule.id() + ": " + rule.reason(answer);
  }

  /** Such as {@code +12.50 L LEARN-TACIT: depends on unwritten context (5/5), estimated}. */
  @Override
  public String toString() {
    String axisLetter = axis() == Axis.LEARNING_NEED ? "L" : "A";
    return String.format(
        Locale.ROOT,
        "%+.2f %s  %s%s",
        points,
        axisLetter,
        reason(),
        isEstimated() ? ", estimated" : "");
  }
}
