package org.tacit.application.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One task's scores with the reasons behind them, biggest first.
 *
 * @param learningNeed 0–100, or null when no answer on that axis is known
 * @param automationReadiness 0–100, or null when no answer on that axis is known
 * @param taskClass AUTOMATABLE, AUGMENTABLE, LEARNING_BOUND, MANUAL or UNSCORED
 * @param confidence 0–1
 * @param timeSharePct the task's share of its role's time, or null
 */
public record TaskScoreSummary(
    long taskId,
    long roleId,
    String roleTitle,
    String departmentCode,
    String departmentName,
    String statement,
    BigDecimal timeSharePct,
    Double learningNeed,
    Double automationReadiness,
    String taskClass,
    double confidence,
    List<ScoreReason> reasons)
    implements Serializable {

  public TaskScoreSummary {
    reasons = List.copyOf(reasons);
  }
}
