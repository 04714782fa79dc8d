package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tacit.domain.scoring.TaskClass;

/**
 * Applies a scenario to a workforce, task by task and year by year (docs/method.md, "From scores to
 * a realistic substitution estimate"). A task is substitutable in a year when its automation
 * readiness is high, its learning need does not block it (low, or continual learning has arrived)
 * and its length fits inside that year's horizon at the reliability its error cost demands; a task
 * ready for AI but blocked is augmentable; any other is neither. A task of unknown length is never
 * shown to fit. Provenance plays no part in the figures: estimates only lower the coverage shown.
 */
public final class SubstitutionEngine {

  private final Scenario scenario;
  private final AiHorizon horizon;

  public SubstitutionEngine(Scenario scenario) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.horizon = new AiHorizon(scenario);
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
      return new Verdict(Substitutability.NEITHER, Blocker.NOT_READY, hours);
    }
    if (task.needsLearning() && !scenario.continualLearning().value().hasArrivedBy(year)) {
      return new Verdict(Substitutability.AUGMENTABLE, Blocker.LEARNING_NEED, hours);
    }
    if (task.taskLengthHours() == null) {
      return new Verdict(Substitutability.AUGMENTABLE, Blocker.UNKNOWN_LENGTH, hours);
    }
    if (task.taskLengthHours() > hours) {
      return new Verdict(Substitutability.AUGMENTABLE, Blocker.TASK_LENGTH, hours);
    }
    return new Verdict(Substitutability.SUBSTITUTABLE, Blocker.NONE, hours);
  }

  /**
   * The first year covered in which the task is substitutable, when its adoption starts. The
   * horizon only grows and continual learning, once arrived, stays, so it remains substitutable
   * from then on. Not earlier than the first year covered: the inventory describes today's work, so
   * whatever was adopted before is no longer in it.
   */
  public OptionalInt substitutableFrom(ScoredTask task) {
    for (int year = firstYear(); year <= lastYear(); year++) {
      if (verdict(task, year).isSubstitutable()) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  public SubstitutionEstimate estimate(Workforce workforce) {
    Map<Long, SortedMap<Integer, Figures>> byRole = new LinkedHashMap<>();
    for (StaffedRole role : workforce.roles()) {
      byRole.put(role.roleId(), yearsOf(role, workforce.tasksOf(role.roleId())));
    }
    return new SubstitutionEstimate(scenario, byRole);
  }

  private SortedMap<Integer, Figures> yearsOf(StaffedRole role, List<ScoredTask> tasks) {
    RoleTime time = RoleTime.of(tasks);
    int[] since = new int[tasks.size()];
    for (int t = 0; t < tasks.size(); t++) {
      since[t] = substitutableFrom(tasks.get(t)).orElse(Integer.MAX_VALUE);
    }
    SortedMap<Integer, Figures> years = new TreeMap<>();
    for (int year = firstYear(); year <= lastYear(); year++) {
      double naive = 0;
      double technical = 0;
      double freed = 0;
      for (int t = 0; t < tasks.size(); t++) {
        double share = time.share(t);
        naive += tasks.get(t).isReady() ? share : 0;
        if (year >= since[t]) {
          technical += share;
          freed += share * scenario.adoption(since[t], year);
        }
      }
      double realistic = freed * scenario.capture(freed);
      years.put(year, Figures.ofRole(year, role, naive, technical, realistic, coverage(role, tasks, time)));
    }
    return years;
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
    return new Coverage(tasks.size(), time.derived(), role.headcountFte() == null ? 1 : 0,
        role.annualCostPerFte() == null ? role.fte() : 0, unscored, unknownLength, estimated,
        whole > 0 ? confidence / whole : Double.NaN);
  }

  private int firstYear() {
    return scenario.firstYear().value();
  }

  private int lastYear() {
    return scenario.lastYear().value();
  }
}
