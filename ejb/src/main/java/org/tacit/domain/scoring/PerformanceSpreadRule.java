package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Where the best performers beat the median several times over, what separates them is mostly
 * judgement built up by doing the work. It is a weaker sign than the others (talent explains part
 * of a spread too), so version 1 gives it the smallest weight.
 */
final class PerformanceSpreadRule implements Rule {

  @Override
  public String id() {
    return "LEARN-SPREAD";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.PERFORMANCE_SPREAD;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "the best do it far better than the median" + Levels.shown(level);
  }
}
