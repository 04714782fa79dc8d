package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * The costlier and less reversible a mistake, the more reliable AI must be before it may do the
 * task unaided, and reliability is where agents fall short: METR find that the task length they
 * manage at 80 % success is about a fifth of the length they manage half the time.
 */
final class ErrorCostRule implements Rule {

  @Override
  public String id() {
    return "AUTO-ERROR-COST";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.ERROR_COST;
  }

  @Override
  public double strength(double level) {
    return Levels.falling(level);
  }

  @Override
  public String reason(double level) {
    return "mistakes are costly, irreversible or need sign-off" + Levels.shown(level);
  }
}
