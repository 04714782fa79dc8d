package org.tacit.domain.scenario;

/**
 * A task in one year of a scenario: what AI can do with it, what holds back more, the horizon it
 * was measured against (hours on real work at the reliability its error cost demands, that year)
 * and the share of its hours AI can take over.
 *
 * @param substitutableShare 0–1; substitutable when at least half
 */
public record Verdict(
    Substitutability substitutability,
    Blocker blocker,
    double horizonHours,
    double substitutableShare) {

  public boolean isSubstitutable() {
    return substitutability == Substitutability.SUBSTITUTABLE;
  }
}
