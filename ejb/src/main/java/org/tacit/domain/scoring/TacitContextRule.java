package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Unwritten, organisation-specific context (these clients, these systems, who decides what) is
 * learned on the job, not pre-trained. It is the core of the thesis: a task can be exposed to AI
 * and still not be substitutable, because doing it well here needs context no lab can train in.
 */
final class TacitContextRule implements Rule {

  @Override
  public String id() {
    return "LEARN-TACIT";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.TACIT_CONTEXT;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "depends on unwritten context" + Levels.shown(level);
  }
}
