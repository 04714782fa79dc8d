package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Labs train skills with reinforcement learning on results that can be checked at once. Where
 * quality shows only months later, through other people's judgement, there is no such signal to
 * pre-train on: people improve at it from vague feedback on the job, and AI today does not.
 */
final class FeedbackDelayRule implements Rule {

  @Override
  public String id() {
    return "LEARN-FEEDBACK";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.FEEDBACK_DELAY;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "quality shows only later, through people's judgement" + Levels.shown(level);
  }
}
