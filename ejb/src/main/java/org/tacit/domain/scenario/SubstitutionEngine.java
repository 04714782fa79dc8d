package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tacit.domain.scoring.TaskClass;

/**
 * Applies a scenario to a workforce, task by task and year by year (docs/method.md, "From scores to
 * a realistic substitution estimate"). A task ready for AI whose learning need does not block it
 * (low, or continual learning has arrived) and whose length is known is substitutable in the share
 * the success curve gives its length against that year's horizon at the reliability its error cost
 * demands ({@link AiHorizon#substitutableShare}); a task ready but blocked is augmentable; any
 * other is neither. A task of unknown length is never shown to fit. Each rise of a task's
 * substitutable share starts its own adoption in the year it happens. Provenance plays no part in
 * the figures: estimates only lower the coverage shown.
 */
public final class SubstitutionEngine {

  private final Scenario scenario;
  private final AiHorizon horizon;

  /**
   * The 50 % horizon on real work by the end of each year covered, computed once: every task reads
   * it.
   */
  private final double[] fiftyPercentHours;

  public SubstitutionEngine(Scenario scenario) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.horizon = new AiHorizon(scenario);
    this.fiftyPercentHours = new double[lastYear() - firstYear() + 1];
    for (int y = 0; y < fiftyPercentHours.length; y++) {
      fiftyPercentHours[y] = horizon.fiftyPercentHours(firstYear() + y);
    }
  }

  public Scenario scenario() {
    return scenario;
  }

  public AiHorizon horizon() {
    return horizon;
  }

  public Verdict verdict(ScoredTask task, int year) {
    double hours = horizon.hours(task.errorCost(), year);
    if (!task.isReady()) {
      return new Verdict(Substitutability.NEITHER, Blocker.NOT_READY, hours, 0);
    }
    if (isHeldByLearning(task, year)) {
      return new Verdict(Substitutability.AUGMENTABLE, Blocker.LEARNING_NEED, hours, 0);
    }
    if (task.taskLengthHours() == null) {
      return new Verdict(Substitutability.AUGMENTABLE, Blocker.UNKNOWN_LENGTH, hours, 0);
    }
    double share = horizon.substitutableShare(task.taskLengthHours(), task.errorCost(), year);
    return share >= 0.5
        ? new Verdict(Substitutability.SUBSTITUTABLE, Blocker.NONE, hours, share)
        : new Verdict(Substitutability.AUGMENTABLE, Blocker.TASK_LENGTH, hours, share);
  }

  public SubstitutionEstimate estimate(Workforce workforce) {
    Map<Long, SortedMap<Integer, Figures>> byRole = new LinkedHashMap<>();
    for (StaffedRole role : workforce.roles()) {
      byRole.put(
          role.roleId(), yearsOf(role, workforce.tasksOf(role.roleId()), firstYear(), lastYear()));
    }
    return new SubstitutionEstimate(scenario, byRole);
  }

  /**
   * Each role's figures in {@code year} alone, equal to those {@link #estimate} gives for it: what
   * a headline's range and sensitivity read, a score of estimates each. A year's figures need the
   * years before it (each rise of a task's share starts its own adoption) but none after, nor any
   * other year's sums, so the last year alone costs about a third of all eleven.
   */
  public Map<Long, Figures> estimateIn(Workforce workforce, int year) {
    if (year < firstYear() || year > lastYear()) {
      throw new IllegalArgumentException(
          "The scenario covers " + firstYear() + " to " + lastYear() + ", not " + year + ".");
    }
    Map<Long, Figures> byRole = new LinkedHashMap<>();
    for (StaffedRole role : workforce.roles()) {
      byRole.put(
          role.roleId(), yearsOf(role, workforce.tasksOf(role.roleId()), year, year).get(year));
    }
    return byRole;
  }

  private boolean isHeldByLearning(ScoredTask task, int year) {
    return task.needsLearning() && !scenario.continualLearning().value().hasArrivedBy(year);
  }

  /** The role's figures from year {@code from} to {@code to}. */
  private SortedMap<Integer, Figures> yearsOf(
      StaffedRole role, List<ScoredTask> tasks, int from, int to) {
    RoleTime time = RoleTime.of(tasks);
    int first = firstYear();
    int years = to - first + 1;
    // shares[t][y]: the share of task t substitutable in year first + y; it only grows, as the
    // horizon does
    double[][] shares = new double[tasks.size()][years];
    for (int t = 0; t < tasks.size(); t++) {
      ScoredTask task = tasks.get(t);
      if (!task.isReady() || task.taskLengthHours() == null) {
        continue;
      }
      double reliability = horizon.reliabilityShare(task.errorCost());
      for (int y = 0; y < years; y++) {
        shares[t][y] =
            isHeldByLearning(task, first + y)
                ? 0
                : horizon.share(fiftyPercentHours[y] * reliability, task.taskLengthHours());
      }
    }
    Coverage coverage = coverage(role, tasks, time);
    SortedMap<Integer, Figures> figures = new TreeMap<>();
    for (int y = from - first; y < years; y++) {
      int year = first + y;
      double naive = 0;
      double technical = 0;
      double freed = 0;
      double notReady = 0;
      double learning = 0;
      double length = 0;
      double unknown = 0;
      for (int t = 0; t < tasks.size(); t++) {
        ScoredTask task = tasks.get(t);
        double share = time.share(t);
        if (!task.isReady()) {
          notReady += share;
          continue;
        }
        naive += share;
        if (isHeldByLearning(task, year)) {
          learning += share;
        } else if (task.taskLengthHours() == null) {
          unknown += share;
        } else {
          technical += share * shares[t][y];
          length += share * (1 - shares[t][y]);
          for (int since = 0; since <= y; since++) {
            double rise = shares[t][since] - (since == 0 ? 0 : shares[t][since - 1]);
            freed += share * Math.max(0, rise) * scenario.adoption(first + since, year);
          }
        }
      }
      double realistic = freed * scenario.capture(freed);
      Holdback holdback =
          Holdback.ofRole(role, notReady, learning, length, unknown, technical - realistic);
      figures.put(
          year, Figures.ofRole(year, role, naive, technical, realistic, holdback, coverage));
    }
    return figures;
  }

  private static Coverage coverage(StaffedRole role, List<ScoredTask> tasks, RoleTime time) {
    double unscored = 0;
    double unknownLength = 0;
    double estimated = 0;
    double confidence = 0;
    double whole = 0;
    for (int t = 0; t < tasks.size(); t++) {
      ScoredTask task = tasks.get(t);
      double share = time.share(t);
      whole += share;
      unscored += task.taskClass() == TaskClass.UNSCORED ? share : 0;
      unknownLength += task.isReady() && task.taskLengthHours() == null ? share : 0;
      estimated += task.estimated() ? share : 0;
      confidence += task.confidence() * share;
    }
    return new Coverage(
        tasks.size(),
        time.derived(),
        role.headcountFte() == null ? 1 : 0,
        role.annualCostPerFte() == null ? role.fte() : 0,
        unscored,
        unknownLength,
        estimated,
        whole > 0 ? confidence / whole : Double.NaN);
  }

  private int firstYear() {
    return scenario.firstYear().value();
  }

  private int lastYear() {
    return scenario.lastYear().value();
  }
}
