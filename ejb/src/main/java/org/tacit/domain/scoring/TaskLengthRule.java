package org.tacit.domain.scoring;

import java.math.BigDecimal;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * Long tasks are where today's agents fail. METR measure the length of task (in a person's working
 * time) that the best models complete half the time: about one hour in early 2025; at 80 % success
 * about a fifth of that. A task that fits inside the 80 % horizon (12 minutes) counts fully for
 * automation readiness, one as long as the 50 % horizon is neutral, and from five hours on (as far
 * beyond the horizon as the 80 % horizon falls short of it) it counts fully against; in between,
 * each doubling of length costs the same. Scenarios move the horizon year by year; this rule scores
 * today.
 */
final class TaskLengthRule implements Rule {

  /** METR, 50 % success, early 2025. */
  static final double HORIZON_HOURS = 1.0;

  /** From the 80 % horizon (a fifth) to the 50 % horizon, and as far again beyond it. */
  private static final double HALF_SPAN = Math.log(5);

  @Override
  public String id() {
    return "AUTO-LENGTH";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.TASK_LENGTH_HOURS;
  }

  @Override
  public double strength(double hours) {
    double strength = 0.5 - Math.log(hours / HORIZON_HOURS) / (2 * HALF_SPAN);
    return Math.max(0, Math.min(1, strength));
  }

  @Override
  public String reason(double hours) {
    String length = BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    String fit = hours <= HORIZON_HOURS ? "within" : "beyond";
    return "takes " + length + " h, " + fit + " AI's 1 h task horizon";
  }
}
