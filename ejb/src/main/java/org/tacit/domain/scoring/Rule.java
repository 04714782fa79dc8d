package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.Axis;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * One reason a task needs learning on the job, or lends itself to pre-trained AI: it reads one task
 * fact and says how far that answer pushes the fact's axis. How much the rule counts is not the
 * rule's business but the rule set's (its weight), so admins can tune it without code.
 *
 * <p>A rule's shape is fixed once published: old assessment runs are reproduced with today's code,
 * so a rule that must read answers differently gets a new id, and the old one stays.
 */
public interface Rule {

  /** Stable, shown to people and stored with every contribution, such as {@code LEARN-TACIT}. */
  String id();

  /** The answer this rule reads. */
  TaskFact fact();

  default Axis axis() {
    return fact().axis();
  }

  /**
   * How far a known answer pushes the axis up: 0 fully down, ½ neutral, 1 fully up. Levels arrive
   * as whole numbers 1–5, {@code task_length_hours} as hours.
   */
  double strength(double answer);

  /** What the answer means, for a person, such as {@code depends on unwritten context (5/5)}. */
  String reason(double answer);
}
