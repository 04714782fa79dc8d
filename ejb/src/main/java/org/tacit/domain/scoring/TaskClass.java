package org.tacit.domain.scoring;

/**
 * Where a task stands once both axes are scored. High means at or above the rule set's threshold
 * for that axis; the four quadrants are the method's, the fifth says the answers do not yet allow
 * one.
 */
public enum TaskClass {
  /** High automation readiness, low learning need: pre-trained AI can take it over. */
  AUTOMATABLE,
  /** High automation readiness, high learning need: AI helps, a person stays. */
  AUGMENTABLE,
  /** Low automation readiness, high learning need: it rests on what people learn on the job. */
  LEARNING_BOUND,
  /** Low on both: physical or otherwise out of AI's reach, not a learning matter. */
  MANUAL,
  /** No weighed answer is known on one axis or both, so there is nothing to place. */
  UNSCORED;

  static TaskClass of(boolean learningNeedHigh, boolean automationReadinessHigh) {
    if (automationReadinessHigh) {
      return learningNeedHigh ? AUGMENTABLE : AUTOMATABLE;
    }
    return learningNeedHigh ? LEARNING_BOUND : MANUAL;
  }
}
