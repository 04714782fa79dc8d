package org.tacit.web.assessment;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.application.assessment.RuleSetEdit;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSetSummary.RuleWeight;

/**
 * What the admin types into the draft editor. The rows are made once, from the rule catalogue, and
 * filled in place, so the page's inputs (one per rule, built with the view) always have a row.
 */
public class DraftForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<WeightRow> rows;
  private long rowVersion;
  private Double learningNeedThreshold;
  private Double automationReadinessThreshold;
  private Double estimateCredit;
  private String note;

  DraftForm(List<RuleWeight> catalogue) {
    rows =
        catalogue.stream()
            .map(rule -> new WeightRow(rule.ruleId(), rule.fact(), rule.axis(), rule.direction()))
            .toList();
  }

  /** Shows the draft as stored. */
  void fill(RuleSetSummary draft) {
    Map<String, Double> stored = new LinkedHashMap<>();
    draft.rules().forEach(rule -> stored.put(rule.ruleId(), rule.weight()));
    rows.forEach(row -> row.setWeight(stored.getOrDefault(row.getRuleId(), 0.0)));
    rowVersion = draft.rowVersion();
    learningNeedThreshold = draft.learningNeedThreshold();
    automationReadinessThreshold = draft.automationReadinessThreshold();
    estimateCredit = draft.estimateCredit();
    note = draft.note();
  }

  /**
   * The edit to save; a blank field goes to the service as not-a-number, which it refuses with a
   * reason.
   */
  RuleSetEdit edit() {
    Map<String, Double> weights = new LinkedHashMap<>();
    rows.forEach(row -> weights.put(row.getRuleId(), orNaN(row.getWeight())));
    return new RuleSetEdit(
        rowVersion,
        weights,
        orNaN(learningNeedThreshold),
        orNaN(automationReadinessThreshold),
        orNaN(estimateCredit),
        note);
  }

  long rowVersion() {
    return rowVersion;
  }

  private static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }

  public List<WeightRow> getLearningRows() {
    return rows.stream().filter(row -> "L".equals(row.getAxis())).toList();
  }

  public List<WeightRow> getReadinessRows() {
    return rows.stream().filter(row -> "A".equals(row.getAxis())).toList();
  }

  public Double getLearningNeedThreshold() {
    return learningNeedThreshold;
  }

  public void setLearningNeedThreshold(Double learningNeedThreshold) {
    this.learningNeedThreshold = learningNeedThreshold;
  }

  public Double getAutomationReadinessThreshold() {
    return automationReadinessThreshold;
  }

  public void setAutomationReadinessThreshold(Double automationReadinessThreshold) {
    this.automationReadinessThreshold = automationReadinessThreshold;
  }

  public Double getEstimateCredit() {
    return estimateCredit;
  }

  public void setEstimateCredit(Double estimateCredit) {
    this.estimateCredit = estimateCredit;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  /** One rule's weight in the editor. */
  public static class WeightRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String fact;
    private final String axis;
    private final String direction;
    private Double weight;

    WeightRow(String ruleId, String fact, String axis, String direction) {
      this.ruleId = ruleId;
      this.fact = fact;
      this.axis = axis;
      this.direction = direction;
    }

    public String getRuleId() {
      return ruleId;
    }

    public String getFact() {
      return fact;
    }

    public String getAxis() {
      return axis;
    }

    public String getDirection() {
      return direction;
    }

    public Double getWeight() {
      return weight;
    }

    public void setWeight(Double weight) {
      this.weight = weight;
    }
  }
}
