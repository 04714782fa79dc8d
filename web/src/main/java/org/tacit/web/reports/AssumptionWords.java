package org.tacit.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import org.tacit.application.scenarios.AssumptionValue;
import org.tacit.domain.scenario.ScenarioAssumption;
import org.tacit.text.Words;

/**
 * A scenario's assumptions in the reader's words, for the scenario editor and the Reports page's
 * table: {@code #{assumptions.name(a)}}, {@code #{assumptions.shown(a, value)}}, {@code
 * #{assumptions.source(assumptionValue)}}. The board PDF words them through the same descriptor.
 */
@Named("assumptions")
@RequestScoped
public class AssumptionWords {

  /** Every assumption, in the order the editor and the tables show them. */
  public List<ScenarioAssumption> getAll() {
    return List.of(ScenarioAssumption.values());
  }

  public String name(ScenarioAssumption assumption) {
    return assumption.name(words());
  }

  /** A plain value as the reader reads it, such as "0.15", "Mar 2025" or "never". */
  public String shown(ScenarioAssumption assumption, Object value) {
    return assumption.shown(value, words());
  }

  public String source(AssumptionValue value) {
    return value.assumption().source(value.sourceFacts(), words());
  }

  /** The message when a required value is left empty. */
  public String required(ScenarioAssumption assumption) {
    return words().text("assumption.required", name(assumption));
  }

  private static Words words() {
    return Words.in(Faces.getLocale());
  }
}
