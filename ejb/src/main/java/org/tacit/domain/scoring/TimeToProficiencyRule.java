package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * How long a capable new hire takes to reach full skill is the most direct measure of how much of a
 * task is learned on the job, and the one O*NET rates for every occupation (on-the-job training).
 * Measured on O*NET it is uncorrelated with LLM exposure (ρ ≈ 0.02), which is why learning need is
 * an axis of its own.
 */
final class TimeToProficiencyRule implements Rule {

  @Override
  public String id() {
    return "LEARN-PROFICIENCY";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.TIME_TO_PROFICIENCY;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    String span = fact().levelDescription((int) level).orElse("?");
    return "a capable new hire reaches full skill in " + span + Levels.shown(level);
  }
}
