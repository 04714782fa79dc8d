package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;

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

  private ScoredOrganisation(RuleSet ruleSet, List<TaskInput> inputs, List<TaskResult> results) {
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
    List<TaskResult> results = new ArrayList<>(inputs.size());
    for (TaskInput task : inputs) {
      results.add(TaskResult.of(Scorer.score(task.facts(), ruleSet)));
    }
    return new ScoredOrganisation(ruleSet, inputs, results);
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
