package org.tacit.application.inventory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.application.inventory.TaskSummary.FactAnswer;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;

/** A stored task as pages and API see it. */
final class TaskSummaries {

  private TaskSummaries() {}

  static TaskSummary of(Task task) {
    TaskFacts facts = task.facts();
    Map<String, FactAnswer> answers = new LinkedHashMap<>();
    facts
        .answers()
        .forEach(
            (fact, value) ->
                answers.put(
                    fact.column(),
                    new FactAnswer(
                        value, facts.provenance(fact).orElseThrow() == Provenance.ESTIMATED)));
    return new TaskSummary(
        task.id(),
        task.version(),
        task.statement(),
        task.timeSharePct().orElse(null),
        task.timeShareProvenance().filter(p -> p == Provenance.ESTIMATED).isPresent(),
        answers);
  }

  static TaskFact fact(String column) {
    return TaskFact.ofColumn(column)
        .orElseThrow(() -> new IllegalArgumentException("There is no task fact " + column + "."));
  }
}
