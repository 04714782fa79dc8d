package org.tacit.application.reports.internal;

import java.util.List;
import java.util.function.Supplier;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.assessment.OnetEstimates;
import org.tacit.application.assessment.Reassessment;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.scoring.RuleSet;
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

  FigureSource(
      AssessmentRepository runs, OccupationRepository library, InventoryRepository inventory) {
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
    return new Now(state, () -> organisation(ruleSet));
  }

  /** The state of the data now, and its organisation scored when asked. */
  record Now(FigureState state, Supplier<ScoredOrganisation> organisation) {}

  private ScoredOrganisation organisation(RuleSet ruleSet) {
    List<TaskInput> inputs =
        new Reassessment(runs, new OnetEstimates(library)).inputs(ScopeTasks.organisation());
    return ScoredOrganisation.score(ruleSet, inputs);
  }
}
