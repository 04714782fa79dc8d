package org.tacit.application.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.tacit.application.access.ScopeTasks;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * The work of one run: read the scope's tasks as they stand, fill unknown answers from O*NET, score
 * them and store inputs and figures, in portions so that progress shows. Runs inside the caller's
 * transaction: a run stores all its tasks or none.
 */
public final class Reassessment {

  static final int PORTION = 5000;

  private final AssessmentRepository runs;
  private final OnetEstimates estimates;

  public Reassessment(AssessmentRepository runs, OnetEstimates estimates) {
    this.runs = runs;
    this.estimates = estimates;
  }

  /** For code that owns its persistence context, such as the benchmarks. */
  public Reassessment(AssessmentRepository runs, OccupationRepository library) {
    this(runs, new OnetEstimates(library));
  }

  /** The tasks of the scope as they would be assessed now, O*NET estimates filled in. */
  public List<TaskInput> inputs(ScopeTasks scope) {
    List<TaskInput> inputs = new ArrayList<>();
    runs.rows(
        connection -> {
          AssessedTaskRows.inventory(
              connection,
              scope.departmentIds(),
              scope.roleId(),
              scope.taskId(),
              task -> inputs.add(estimates.fill(task)));
          return null;
        });
    return inputs;
  }

  /** The tasks of {@code taskIds} as {@link #inputs} reads them, in no order. */
  public List<TaskInput> tasks(Collection<Long> taskIds) {
    List<TaskInput> inputs = new ArrayList<>();
    runs.rows(
        connection -> {
          AssessedTaskRows.tasks(connection, taskIds, task -> inputs.add(estimates.fill(task)));
          return null;
        });
    return inputs;
  }

  /**
   * Scores and stores the run's tasks; tells {@code total} once the tasks are read and {@code done}
   * after each portion. Returns how many tasks the run holds.
   */
  public int perform(
      long runId, ScopeTasks scope, RuleSet ruleSet, IntConsumer total, IntConsumer done) {
    List<TaskInput> inputs = inputs(scope);
    total.accept(inputs.size());
    for (int from = 0; from < inputs.size(); from += PORTION) {
      List<TaskInput> portion = inputs.subList(from, Math.min(inputs.size(), from + PORTION));
      List<TaskResult> results = new ArrayList<>(portion.size());
      for (TaskInput task : portion) {
        results.add(TaskResult.of(Scorer.score(task.facts(), ruleSet)));
      }
      runs.rows(
          connection -> {
            AssessedTaskRows.write(connection, runId, portion, results);
            return null;
          });
      done.accept(from + portion.size());
    }
    return inputs.size();
  }
}
