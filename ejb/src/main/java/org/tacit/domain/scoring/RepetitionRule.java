package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Routine, high-volume work is the classic target of automation (Frey and Osborne 2013) and makes
 * an investment in it pay. LLMs depend on routine less than earlier automation did, so version 1
 * gives it the smallest weight on this axis. O*NET work context and task frequency inform it.
 */
final class RepetitionRule implements Rule {

  @Override
  public String id() {
    return "AUTO-REPETITION";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.REPETITION;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "the same steps recur at volume" + Levels.shown(level);
  }
}
