package org.tacit.application.assessment;

import java.io.Serializable;
import java.util.Map;

/** New numbers for the draft, quoting the row version the admin saw. */
public record RuleSetEdit(
    long rowVersion,
    Map<String, Double> weights,
    double learningNeedThreshold,
    double automationReadinessThreshold,
    double estimateCredit,
    String note)
    implements Serializable {

  public RuleSetEdit {
    weights = Map.copyOf(weights);
  }
}
