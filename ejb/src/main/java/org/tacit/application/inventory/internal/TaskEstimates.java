package org.tacit.application.inventory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.application.inventory.Estimate;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * The estimates tasks are scored with now, read the assessment's own way ({@link Reassessment}
 * filling unknown answers through {@link OnetEstimates}), so that what a page shows, what the
 * scores use and what an editor confirms are the same values.
 */
final class TaskEstimates {

  private final OnetEstimates onet;
  private final Reassessment reassessment;
  private final OccupationRepository library;
  private final Map<String, Optional<Occupation>> occupations = new HashMap<>();
  private String release;

  TaskEstimates(AssessmentRepository runs, OccupationRepository library) {
    this.onet = new OnetEstimates(library);
    this.reassessment = new Reassessment(runs, onet);
    this.library = library;
  }

  /** The tasks of the scope as they are scored now, by task id, in the order they were added. */
  Map<Long, TaskInput> scored(ScopeTasks scope) {
    Map<Long, TaskInput> scored = new LinkedHashMap<>();
    reassessment.inputs(scope).forEach(task -> scored.put(task.taskId(), task));
    return scored;
  }

  /** The task's answers that are still estimates, each with where it comes from. */
  List<Estimate> of(TaskInput scored, TaskFacts stored) {
    EstimateSources sources =
        new EstimateSources(
            occupation(scored.onetSoc()).orElse(null),
            release(),
            onet.evidence(scored).orElse(TaskEvidence.NONE));
    List<Estimate> estimates = new ArrayList<>();
    scored
        .facts()
        .answers()
        .forEach(
            (fact, value) -> {
              if (scored.facts().isEstimated(fact)) {
                EstimateSources.Source source =
                    sources.of(fact, value, stored.value(fact).isPresent());
                estimates.add(
                    new Estimate(
                        scored.taskId(), fact.column(), value, source.key(), source.arguments()));
              }
            });
    return estimates;
  }

  /**
   * Stores the estimates {@code which} picks as the task's confirmed answers, and its estimated
   * time share too when {@code share}; returns what was confirmed, in words for the history.
   */
  static List<String> confirm(
      Task task, TaskFacts scored, Predicate<TaskFact> which, boolean share) {
    List<String> confirmed = new ArrayList<>();
    TaskFacts facts = task.facts();
    for (TaskFact fact : TaskFact.values()) {
      Optional<BigDecimal> value = scored.value(fact);
      if (value.isPresent() && scored.isEstimated(fact) && which.test(fact)) {
        facts = facts.with(fact, value.get(), Provenance.CONFIRMED);
        confirmed.add(fact.column() + " " + value.get().stripTrailingZeros().toPlainString());
      }
    }
    if (!confirmed.isEmpty()) {
      task.revise(facts);
    }
    if (share && task.timeShareProvenance().filter(p -> p == Provenance.ESTIMATED).isPresent()) {
      BigDecimal pct = task.timeSharePct().orElseThrow();
      task.share(pct);
      confirmed.add(0, pct.stripTrailingZeros().toPlainString() + " % of the time");
    }
    return confirmed;
  }

  private Optional<Occupation> occupation(String code) {
    return code == null ? Optional.empty() : occupations.computeIfAbsent(code, library::occupation);
  }

  private String release() {
    if (release == null) {
      release = library.release().map(LibraryRelease::name).orElse("O*NET");
    }
    return release;
  }
}
