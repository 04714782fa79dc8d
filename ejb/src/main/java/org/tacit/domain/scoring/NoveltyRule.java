package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Pre-trained skills cover the cases labs could anticipate; a task whose instances are often new
 * situations or exceptions is done well by someone who has learned from the earlier ones. O*NET
 * work context (structured versus unstructured work) informs the estimate.
 */
final class NoveltyRule implements Rule {

  @Override
  public String id() {
    return "LEARN-NOVELTY";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.NOVELTY;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "meets new situations and exceptions" + Levels.shown(level);
  }
}
