package org.tacit.domain.model.inventory;

/**
 * Where an answer about a task came from. Estimates (prefilled from O*NET, or derived) stay marked
 * until a person confirms them, and they lower the confidence shown beside every score.
 */
public enum Provenance {
  CONFIRMED,
  ESTIMATED
}
