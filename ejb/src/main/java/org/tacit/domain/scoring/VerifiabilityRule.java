package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Labs pre-train skills with reinforcement learning where results can be checked, so checkable work
 * is where today's AI is strongest; a checkable result also lets an organisation trust AI output
 * without a person redoing the work.
 */
final class VerifiabilityRule implements Rule {

  @Override
  public String id() {
    return "AUTO-VERIFY";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.VERIFIABILITY;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "results can be checked quickly and objectively" + Levels.shown(level);
  }
}
