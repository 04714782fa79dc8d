package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * An LLM can only work on what it can read and write: text, data, code, images. Digital inputs and
 * outputs are the precondition of every exposure measure (Eloundou et al. 2023 count a task as
 * exposed when an LLM could do it on such material).
 */
final class DigitalIoRule implements Rule {

  @Override
  public String id() {
    return "AUTO-DIGITAL";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.DIGITAL_IO;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "inputs and outputs are digital" + Levels.shown(level);
  }
}
