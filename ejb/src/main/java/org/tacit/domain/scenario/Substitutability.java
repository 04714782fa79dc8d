package org.tacit.domain.scenario;

/** What AI can do with a task in a given year of a scenario. */
public enum Substitutability {
  /** AI can do it unaided at the reliability it needs: its hours can be freed. */
  SUBSTITUTABLE,
  /** Ready for AI, but learning need or task length keeps a person on it: AI helps. */
  AUGMENTABLE,
  /** Not ready for AI (low automation readiness), or not scored. */
  NEITHER
}
