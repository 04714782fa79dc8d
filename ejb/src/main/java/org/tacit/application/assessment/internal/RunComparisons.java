package org.tacit.application.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.tacit.application.assessment.Reproduction;
import org.tacit.application.assessment.RunComparison;
import org.tacit.application.assessment.RunComparison.TaskChange;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.assessment.TaskScoreSummaries;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessedTaskRows.Row;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.text.Sentence;

/**
 * Reads stored runs against each other (what changed and why) and against themselves (scored again
 * with their own rule-set version, do they give the same figures).
 */
final class RunComparisons {

  /** A page shows the biggest moves; more than this is a download's job, not a comparison's. */
  static final int MAX_CHANGES = 1000;

  private static final int MAX_DIFFERENCES = 10;
  private static final int REASONS_PER_TASK = 5;
  private static final double NOTICEABLE = 0.005;

  private final AssessmentRepository runs;

  RunComparisons(AssessmentRepository runs) {
    this.runs = runs;
  }

  RunComparison compare(
      AssessmentRun earlier,
      RunSummary earlierView,
      AssessmentRun later,
      RunSummary laterView,
      Set<String> codes) {
    Map<Long, Row> before = new HashMap<>();
    rows(earlier.id(), codes).forEach(row -> before.put(row.input().taskId(), row));
    List<Row> after = rows(later.id(), codes);
    Map<String, Map<String, Integer>> transitions = emptyTransitions();
    List<TaskChange> changes = new ArrayList<>();
    int unchanged = 0;
    int common = 0;
    for (Row now : after) {
      Row then = before.get(now.input().taskId());
      if (then == null) {
        continue;
      }
      common++;
      transitions
          .get(then.result().taskClass().name())
          .merge(now.result().taskClass().name(), 1, Integer::sum);
      if (then.result().equals(now.result())) {
        unchanged++;
      } else {
        changes.add(change(then, now));
      }
    }
    changes.sort(
        Comparator.comparing((TaskChange c) -> !c.classChanged())
            .thenComparing(RunComparisons::shift, Comparator.reverseOrder()));
    return new RunComparison(
        earlierView,
        laterView,
        ruleSetChanges(earlier, later),
        transitions,
        changes.subList(0, Math.min(MAX_CHANGES, changes.size())),
        unchanged,
        before.size() - common,
        after.size() - common);
  }

  Reproduction reproduce(AssessmentRun run, Set<String> codes) {
    RuleSet ruleSet = runs.ruleSet(run.ruleSetVersion()).orElseThrow().ruleSet();
    int tasks = 0;
    int identical = 0;
    List<String> differences = new ArrayList<>();
    for (Row row : rows(run.id(), codes)) {
      tasks++;
      TaskResult again = TaskResult.of(Scorer.score(row.input().facts(), ruleSet));
      if (again.equals(row.result())) {
        identical++;
      } else if (differences.size() < MAX_DIFFERENCES) {
        differences.add(
            "Task "
                + row.input().taskId()
                + " ("
                + row.input().statement()
                + "): stored "
                + row.result()
                + ", scored again "
                + again);
      }
    }
    return new Reproduction(run.id(), run.ruleSetVersion(), tasks, identical, differences);
  }

  private List<Row> rows(long runId, Set<String> codes) {
    return runs.rows(
        connection -> AssessedTaskRows.read(connection, runId, codes, 0, Integer.MAX_VALUE));
  }

  private static TaskChange change(Row then, Row now) {
    List<Sentence> why = new ArrayList<>(factChanges(then.input().facts(), now.input().facts()));
    pointChanges(then.result().points(), now.result().points()).stream()
        .limit(REASONS_PER_TASK)
        .forEach(why::add);
    TaskInput task = now.input();
    return new TaskChange(
        task.taskId(),
        task.roleTitle(),
        task.departmentCode(),
        task.statement(),
        then.result().taskClass().name(),
        now.result().taskClass().name(),
        boxed(then.result().learningNeed()),
        boxed(now.result().learningNeed()),
        boxed(then.result().automationReadiness()),
        boxed(now.result().automationReadiness()),
        why);
  }

  /** Such as "Context: 2 (estimated) → 4". */
  private static List<Sentence> factChanges(TaskFacts before, TaskFacts after) {
    List<Sentence> changes = new ArrayList<>();
    for (TaskFact fact : TaskFact.values()) {
      Sentence was = answer(before, fact);
      Sentence is = answer(after, fact);
      if (!was.equals(is)) {
        changes.add(Sentence.of("runChange.answer", Sentence.of("fact." + fact.column()), was, is));
      }
    }
    return changes;
  }

  private static Sentence answer(TaskFacts facts, TaskFact fact) {
    return facts
        .value(fact)
        .map(v -> Sentence.of("runChange.value", v, facts.isEstimated(fact) ? "yes" : "no"))
        .orElse(Sentence.of("runChange.unknown"));
  }

  /** Such as "AUTO-DIGITAL: -8.33 → +8.33", biggest change first. */
  private static List<Sentence> pointChanges(
      Map<String, Double> before, Map<String, Double> after) {
    Set<String> rules = new TreeSet<>(before.keySet());
    rules.addAll(after.keySet());
    List<Map.Entry<String, Double>> moved = new ArrayList<>();
    Map<String, Sentence> words = new HashMap<>();
    for (String rule : rules) {
      Double was = before.get(rule);
      Double is = after.get(rule);
      double delta = Math.abs((is == null ? 0 : is) - (was == null ? 0 : was));
      if (delta >= NOTICEABLE || (was == null) != (is == null)) {
        moved.add(Map.entry(rule, delta));
        words.put(rule, Sentence.of("runChange.points", rule, points(was), points(is)));
      }
    }
    moved.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    return moved.stream().map(e -> words.get(e.getKey())).toList();
  }

  private static Sentence points(Double value) {
    return value == null
        ? Sentence.of("runChange.noPoints")
        : Sentence.of("runChange.pointsValue", value);
  }

  private List<Sentence> ruleSetChanges(AssessmentRun earlier, AssessmentRun later) {
    if (earlier.ruleSetVersion() == later.ruleSetVersion()) {
      return List.of();
    }
    RuleSet was = runs.ruleSet(earlier.ruleSetVersion()).orElseThrow().ruleSet();
    RuleSet is = runs.ruleSet(later.ruleSetVersion()).orElseThrow().ruleSet();
    return RuleSetDifferences.between(was, is);
  }

  static Map<String, Map<String, Integer>> emptyTransitions() {
    Map<String, Map<String, Integer>> transitions = new LinkedHashMap<>();
    for (TaskClass from : TaskClass.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (TaskClass to : TaskClass.values()) {
        row.put(to.name(), 0);
      }
      transitions.put(from.name(), row);
    }
    return transitions;
  }

  private static double shift(TaskChange change) {
    return difference(change.learningNeedBefore(), change.learningNeedAfter())
        + difference(change.automationReadinessBefore(), change.automationReadinessAfter());
  }

  private static double difference(Double before, Double after) {
    return before == null || after == null
        ? (Objects.equals(before, after) ? 0 : 100)
        : Math.abs(after - before);
  }

  private static Double boxed(OptionalDouble value) {
    return TaskScoreSummaries.boxed(value);
  }
}
