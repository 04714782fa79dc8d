package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Pre-trained AI works on text and data, not with hands or in a room: perception and manipulation
 * remain the bottleneck Frey and Osborne (2013) named. A task that needs presence counts against
 * automation readiness however digital its paperwork is.
 */
final class PhysicalPresenceRule implements Rule {

  @Override
  public String id() {
    return "AUTO-PHYSICAL";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.PHYSICAL_PRESENCE;
  }

  @Override
  public double strength(double level) {
    return Levels.falling(level);
  }

  @Override
  public String reason(double level) {
    return "needs hands-on work or presence" + Levels.shown(level);
  }
}
