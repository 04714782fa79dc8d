package org.tacit.domain.scenario;

/**
 * A task in one year of a scenario: what AI can do with it, what blocks more, and the horizon it
 * was measured against (hours at the reliability its error cost demands, that year).
 */
public record Verdict(Substitutability substitutability, Blocker blocker, double horizonHours) {

  public boolean isSubstitutable() {
    return substitutability == Substitutability.SUBSTITUTABLE;
  }
}
