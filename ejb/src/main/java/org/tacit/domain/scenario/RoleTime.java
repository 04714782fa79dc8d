package org.tacit.domain.scenario;

import java.util.List;

/**
 * How a role's time divides over its tasks, as shares adding up to 1. Given time shares count as
 * given (scaled so they add up to 1, as the import allows 100 ± 1); tasks without one share equally
 * what the given shares leave of 100 %, so a role that gives none divides its time equally, as the
 * import does when O*NET cannot say.
 */
final class RoleTime {

  private final double[] shares;
  private final int derived;

  private RoleTime(double[] shares, int derived) {
    this.shares = shares;
    this.derived = derived;
  }

  static RoleTime of(List<ScoredTask> tasks) {
    double given = 0;
    int missing = 0;
    for (ScoredTask task : tasks) {
      if (task.timeSharePct() == null) {
        missing++;
      } else {
        given += task.timeSharePct();
      }
    }
    double left = missing == 0 ? 0 : Math.max(0, 100 - given) / missing;
    double total = given + left * missing;
    double[] shares = new double[tasks.size()];
    for (int t = 0; t < shares.length; t++) {
      Double pct = tasks.get(t).timeSharePct();
      shares[t] = total > 0 ? (pct == null ? left : pct) / total : 0;
    }
    return new RoleTime(shares, missing);
  }

  /** Task {@code t}'s share of the role's time, 0–1. */
  double share(int t) {
    return shares[t];
  }

  /** How many tasks had no time share of their own. */
  int derived() {
    return derived;
  }
}
