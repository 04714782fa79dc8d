package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Written procedures, examples and standards are context a model can be given rather than learn on
 * the job: they turn part of what would be tacit into instructions.
 */
final class DocumentedProcedureRule implements Rule {

  @Override
  public String id() {
    return "AUTO-DOCUMENTED";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.DOCUMENTED_PROCEDURE;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "written procedures or examples exist" + Levels.shown(level);
  }
}
