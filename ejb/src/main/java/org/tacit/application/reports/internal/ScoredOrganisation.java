package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.persistence.AssessedTaskRows.TaskStamp;

/**
 * The tasks a caller may read, with the answers as they stand (O*NET estimates filled in) and
 * scored once with the rule set in use. Every report, dashboard and board page reads one of these,
 * so the figures on them can never disagree.
 */
final class ScoredOrganisation {

  private final RuleSet ruleSet;
  private final List<TaskInput> inputs;
  private final List<TaskResult> results;
  private final Workforce workforce;
  private final Map<Long, TaskInput> firstTaskOfRole;
  private final Map<String, String> departmentNames;

  /**
   * What each task was read from, by task id, for the whole organisation read from the database
   * (null for a slice): what {@link #changed} compares with the database.
   */
  private final Map<Long, TaskStamp> stamps;

  private ScoredOrganisation(RuleSet ruleSet, List<TaskInput> inputs, List<TaskResult> results) {
    this(ruleSet, inputs, results, null);
  }

  private ScoredOrganisation(
      RuleSet ruleSet,
      List<TaskInput> inputs,
      List<TaskResult> results,
      Map<Long, TaskStamp> stamps) {
    // Handed over fresh from the database's read: kept as it is, not copied (100,000 entries)
    this.stamps = stamps == null ? null : Collections.unmodifiableMap(stamps);
    this.ruleSet = ruleSet;
    this.inputs = List.copyOf(inputs);
    this.results = List.copyOf(results);
    this.workforce = Workforce.fromRun(inputs, results);
    Map<Long, TaskInput> roles = new LinkedHashMap<>();
    Map<String, String> departments = new TreeMap<>();
    for (TaskInput task : inputs) {
      roles.putIfAbsent(task.roleId(), task);
      departments.putIfAbsent(task.departmentCode(), task.departmentName());
    }
    this.firstTaskOfRole = Collections.unmodifiableMap(roles);
    this.departmentNames = Collections.unmodifiableMap(departments);
  }

  /** Scores {@code inputs} with {@code ruleSet}. */
  static ScoredOrganisation score(RuleSet ruleSet, List<TaskInput> inputs) {
    return score(ruleSet, inputs, null);
  }

  /**
   * Scores {@code inputs}, the whole organisation as read after {@code stamps} were: a later {@link
   * #changed} reads again only what changed since.
   */
  static ScoredOrganisation score(
      RuleSet ruleSet, List<TaskInput> inputs, Map<Long, TaskStamp> stamps) {
    List<TaskResult> results = new ArrayList<>(inputs.size());
    for (TaskInput task : inputs) {
      results.add(TaskResult.of(Scorer.score(task.facts(), ruleSet)));
    }
    return new ScoredOrganisation(ruleSet, inputs, results, stamps);
  }

  /**
   * This organisation as the database holds it now ({@code now}: every task's stamp), reading again
   * ({@code read}) only the tasks whose stamp changed, in place, and leaving out the tasks removed;
   * scored with {@code ruleSet}. An editor's save among 100,000 tasks reads one task, not 100,000.
   * Empty when the change is not of that kind, and the organisation is to be read whole: new tasks,
   * a task moved to another place in the order (another department, role title or role), more than
   * {@link #CHANGED_AT_MOST} changed, or this one not read whole.
   *
   * <p>Every task is compared with the database, so nothing a server kept decides what is current:
   * an edit on another server changes its task's stamp as one here does.
   */
  Optional<ScoredOrganisation> changed(
      RuleSet ruleSet, Map<Long, TaskStamp> now, Function<Collection<Long>, List<TaskInput>> read) {
    if (stamps == null) {
      return Optional.empty();
    }
    List<Long> changed = new ArrayList<>();
    for (Map.Entry<Long, TaskStamp> task : now.entrySet()) {
      TaskStamp before = stamps.get(task.getKey());
      if (before == null) {
        return Optional.empty(); // a new task: its place in the order is the database's to say
      }
      if (!before.equals(task.getValue())) {
        changed.add(task.getKey());
      }
    }
    if (changed.size() > CHANGED_AT_MOST) {
      return Optional.empty();
    }
    Map<Long, TaskInput> reread = new HashMap<>();
    for (TaskInput task : read.apply(changed)) {
      reread.put(task.taskId(), task);
    }
    if (reread.size() != changed.size()) {
      return Optional.empty(); // removed since its stamp was read
    }
    boolean rescore = ruleSet.version() != this.ruleSet.version();
    List<TaskInput> keptInputs = new ArrayList<>(now.size());
    List<TaskResult> keptResults = new ArrayList<>(now.size());
    for (int i = 0; i < inputs.size(); i++) {
      TaskInput before = inputs.get(i);
      if (!now.containsKey(before.taskId())) {
        continue; // removed
      }
      TaskInput task = reread.getOrDefault(before.taskId(), before);
      if (!samePlace(before, task)) {
        return Optional.empty();
      }
      keptInputs.add(task);
      keptResults.add(
          task == before && !rescore
              ? results.get(i)
              : TaskResult.of(Scorer.score(task.facts(), ruleSet)));
    }
    if (keptInputs.size() != now.size()) {
      return Optional.empty(); // a task changed between the two reads: read it whole
    }
    return Optional.of(new ScoredOrganisation(ruleSet, keptInputs, keptResults, now));
  }

  /** More changed tasks than this are read with the rest: one read is then as quick. */
  static final int CHANGED_AT_MOST = 5_000;

  /** Whether a task is where the whole read puts it: by department code, role title, role. */
  private static boolean samePlace(TaskInput before, TaskInput now) {
    return before.departmentCode().equals(now.departmentCode())
        && before.roleTitle().equals(now.roleTitle())
        && before.roleId() == now.roleId();
  }

  /**
   * The tasks of the departments in {@code codes} only, with the scores already given: a caller who
   * reads some departments sees the same scores as one who reads all.
   */
  ScoredOrganisation slice(Set<String> codes) {
    List<TaskInput> kept = new ArrayList<>();
    List<TaskResult> keptResults = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (codes.contains(inputs.get(i).departmentCode())) {
        kept.add(inputs.get(i));
        keptResults.add(results.get(i));
      }
    }
    return new ScoredOrganisation(ruleSet, kept, keptResults);
  }

  RuleSet ruleSet() {
    return ruleSet;
  }

  /** Every task, in the order of {@link #results}. */
  List<TaskInput> inputs() {
    return inputs;
  }

  List<TaskResult> results() {
    return results;
  }

  Workforce workforce() {
    return workforce;
  }

  /**
   * Each role, by id, as its first task describes it (title, department, headcount, cost, O*NET
   * code).
   */
  Map<Long, TaskInput> roles() {
    return firstTaskOfRole;
  }

  /** Department names by code, in code order. */
  Map<String, String> departmentNames() {
    return departmentNames;
  }
}
