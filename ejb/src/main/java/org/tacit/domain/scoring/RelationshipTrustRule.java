package org.tacit.domain.scoring;

import org.tacit.domain.model.inventory.TaskFact;

/**
 * Trust with particular clients and colleagues accumulates over time and belongs to the person who
 * built it: it cannot be pre-trained, and a substitute starts from none.
 */
final class RelationshipTrustRule implements Rule {

  @Override
  public String id() {
    return "LEARN-TRUST";
  }

  @Override
  public TaskFact fact() {
    return TaskFact.RELATIONSHIP_TRUST;
  }

  @Override
  public double strength(double level) {
    return Levels.rising(level);
  }

  @Override
  public String reason(double level) {
    return "relies on trust built with particular people" + Levels.shown(level);
  }
}
