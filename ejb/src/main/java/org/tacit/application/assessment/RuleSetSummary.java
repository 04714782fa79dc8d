package org.tacit.application.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A rule-set version with its rules, for the admin page.
 *
 * @param status DRAFT or PUBLISHED
 * @param rowVersion what an edit or publish of the draft must quote, so two admins do not overwrite
 *     each other
 */
public record RuleSetSummary(
    int version,
    long rowVersion,
    String status,
    double learningNeedThreshold,
    double automationReadinessThreshold,
    double estimateCredit,
    String note,
    Instant createdAt,
    String createdBy,
    Instant publishedAt,
    String publishedBy,
    List<RuleWeight> rules)
    implements Serializable {

  public RuleSetSummary {
    rules = List.copyOf(rules);
  }

  public boolean draft() {
    return "DRAFT".equals(status);
  }

  /**
   * One rule of the catalogue and its weight in this version (0 when it is not part of it).
   *
   * @param axis "L" or "A"
   * @param direction "for" when a high answer raises the axis, "against" when it lowers it
   */
  public record RuleWeight(
      String ruleId, String fact, String axis, String direction, String meaning, double weight)
      implements Serializable {}
}
