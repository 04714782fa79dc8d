package org.tacit.application.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.inventory.TaskStatement;
import org.tacit.domain.model.library.OnetPrefill;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Fills a task's unknown answers with O*NET's estimates when its role links to an occupation, as
 * METHOD.md asks: every filled answer is marked estimated, so it lowers confidence and shows as
 * such. A task whose statement is one of the occupation's gets that task's own evidence (its
 * frequency and work activities), and with its frequency and time share an estimated length ({@link
 * TaskLengthEstimate}); any other task gets what O*NET says of the occupation as a whole and no
 * length. Each occupation is read once per assessment.
 */
public final class OnetEstimates {

  /** No library at hand (tests of other things): answers stay as they are. */
  static final OnetEstimates NONE = new OnetEstimates(null);

  private record Occupational(OnetPrefill prefill, Map<String, TaskEvidence> tasks) {}

  private static final Occupational UNLINKED = new Occupational(null, Map.of());

  private final OccupationRepository library;
  private final Map<String, Occupational> read = new HashMap<>();

  public OnetEstimates(OccupationRepository library) {
    this.library = library;
  }

  public TaskInput fill(TaskInput task) {
    if (task.onetSoc() == null || library == null || !hasUnknown(task.facts())) {
      return task;
    }
    Occupational occupation = read.computeIfAbsent(task.onetSoc(), this::occupation);
    if (occupation.prefill() == null) {
      return task;
    }
    TaskEvidence evidence =
        occupation.tasks().getOrDefault(TaskStatement.key(task.statement()), TaskEvidence.NONE);
    TaskFacts estimate =
        occupation
            .prefill()
            .estimate(evidence, task.timeSharePct(), StaffedRole.ANNUAL_HOURS_PER_FTE);
    return task.withFacts(task.facts().filledFrom(estimate));
  }

  /**
   * What O*NET says of the task itself, the evidence {@link #fill} estimates it from (so a page can
   * say where an estimate comes from); empty when its role links to no occupation in the library.
   */
  public Optional<TaskEvidence> evidence(TaskInput task) {
    if (task.onetSoc() == null || library == null) {
      return Optional.empty();
    }
    Occupational occupation = read.computeIfAbsent(task.onetSoc(), this::occupation);
    return occupation.prefill() == null
        ? Optional.empty()
        : Optional.of(
            occupation
                .tasks()
                .getOrDefault(TaskStatement.key(task.statement()), TaskEvidence.NONE));
  }

  private Occupational occupation(String code) {
    return library
        .occupation(code)
        .map(
            occupation -> {
              Map<String, TaskEvidence> tasks = new HashMap<>();
              // as values, not entities: a run reads hundreds of occupations (docs/benchmarks.md,
              // reassessing)
              library
                  .evidence(occupation)
                  .forEach(
                      (statement, evidence) -> tasks.put(TaskStatement.key(statement), evidence));
              return new Occupational(occupation.prefill(), tasks);
            })
        .orElse(UNLINKED);
  }

  private static boolean hasUnknown(TaskFacts facts) {
    for (TaskFact fact : TaskFact.values()) {
      if (Double.isNaN(facts.answer(fact))) {
        return true;
      }
    }
    return false;
  }
}
