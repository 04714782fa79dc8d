package org.tacit.application.reports.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessedTaskRows.TaskStamp;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Where the figures come from: the state of the data as the database says it now, and every task of
 * the organisation scored with the rule set in use, read once per state for every caller.
 */
final class FigureSource {

  private final AssessmentRepository runs;
  private final OccupationRepository library;
  private final InventoryRepository inventory;
  private final FigureCache cache;

  FigureSource(
      AssessmentRepository runs,
      OccupationRepository library,
      InventoryRepository inventory,
      FigureCache cache) {
    this.cache = cache;
    this.runs = runs;
    this.library = library;
    this.inventory = inventory;
  }

  /** The state now, and how to score the organisation in it. */
  Now now() {
    RuleSet ruleSet = runs.published().ruleSet();
    FigureState state =
        new FigureState(
            inventory.revision(),
            ruleSet.version(),
            library.release().map(LibraryRelease::loadedAt).orElse(null));
    return new Now(state, () -> organisation(ruleSet, state.release()));
  }

  /** The state of the data now, and its organisation scored when asked. */
  record Now(FigureState state, Supplier<ScoredOrganisation> organisation) {}

  /**
   * Every task scored: from the organisation scored last, reading again only the tasks changed
   * since (one task after an editor's save), else read whole. What each task was read from is read
   * first, so a change committed meanwhile is read again next time, never missed.
   */
  private ScoredOrganisation organisation(RuleSet ruleSet, Instant release) {
    Map<Long, TaskStamp> stamps = runs.rows(AssessedTaskRows::stamps);
    Reassessment reading = new Reassessment(runs, new OnetEstimates(library));
    return cache
        .latestWhole(release)
        .flatMap(before -> before.changed(ruleSet, stamps, reading::tasks))
        .orElseGet(
            () ->
                ScoredOrganisation.score(
                    ruleSet, reading.inputs(ScopeTasks.organisation()), stamps));
  }
}
