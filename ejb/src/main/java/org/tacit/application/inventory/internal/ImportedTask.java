package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.inventory.TaskStatement;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;
import org.tacit.domain.model.library.DefaultTimeShares;
import org.tacit.domain.model.library.TaskRating;

/**
 * What a task of the file becomes in the inventory. The file's answers are HR's and so confirmed;
 * where the file is blank, an estimate already stored stays (an export leaves estimates blank, so
 * that importing it back changes nothing). A role whose file gives no time shares gets derived
 * ones, marked estimated: from O*NET frequency and importance when the role links to an occupation
 * that rates its tasks, else equal shares.
 */
record ImportedTask(
    String statement, BigDecimal timeSharePct, boolean shareEstimated, TaskFacts facts) {

  /** The tasks of one role in file order, with their shares decided for the whole role at once. */
  static List<ImportedTask> of(RoleDraft role, OccupationRatings ratings) {
    List<TaskDraft> drafts = role.tasks();
    boolean derive = drafts.stream().allMatch(t -> t.timeSharePct() == null);
    Map<String, TaskRating> rated = derive ? ratings.of(role.onetSoc()) : Map.of();
    List<BigDecimal> shares =
        derive
            ? DefaultTimeShares.of(
                drafts.stream()
                    .map(
                        t ->
                            rated.getOrDefault(
                                TaskStatement.key(t.statement()), TaskRating.UNKNOWN))
                    .toList())
            : drafts.stream().map(TaskDraft::timeSharePct).toList();
    return IntStream.range(0, drafts.size())
        .mapToObj(
            i ->
                new ImportedTask(
                    drafts.get(i).statement(),
                    shares.get(i),
                    derive,
                    TaskFacts.confirmed(drafts.get(i).facts())))
        .toList();
  }

  /**
   * The file's answers over the stored ones: blanks keep a stored estimate, and clear a confirmed
   * answer.
   */
  TaskFacts factsOver(TaskFacts stored) {
    TaskFacts merged = facts;
    for (TaskFact fact : TaskFact.values()) {
      if (facts.value(fact).isEmpty()
          && stored.provenance(fact).filter(p -> p == Provenance.ESTIMATED).isPresent()) {
        merged = merged.with(fact, stored.value(fact).orElseThrow(), Provenance.ESTIMATED);
      }
    }
    return merged;
  }

  /** Writes the time share with its provenance. */
  void shareOnto(Task task) {
    if (shareEstimated) {
      task.estimateShare(timeSharePct);
    } else {
      task.share(timeSharePct);
    }
  }

  /** Whether the stored task already says what this one says. */
  boolean sameAs(Task task) {
    return FactChanges.of(task, this).isEmpty();
  }
}
