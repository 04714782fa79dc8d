package org.tacit.application.home;

import java.io.Serializable;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.application.scenarios.YearFigures;

/**
 * What the scored organisation says under the default scenario, for the caller's departments.
 *
 * @param now the first year's figures, as the Reports page shows them first
 * @param later the last year's figures
 * @param estimated roles whose hours rest mostly on estimates nobody has confirmed, most hours
 *     first
 * @param estimatedTasks tasks whose answers are mostly estimates nobody has confirmed, most hours
 *     first
 * @param openAnswers the answers that would change the most hours, largest first
 */
public record AgendaFigures(
    long scenarioId,
    String scenarioName,
    YearFigures now,
    YearFigures later,
    Listed<EstimatedRole> estimated,
    Listed<EstimatedTask> estimatedTasks,
    Listed<OpenAnswer> openAnswers)
    implements Serializable {

  /**
   * A role whose scores rest mostly on estimates: {@code share} of its {@code roleHours} a year,
   * that is {@code hours}, are of tasks scored with at least one unconfirmed estimate.
   */
  public record EstimatedRole(
      long roleId,
      String roleTitle,
      String departmentCode,
      double share,
      double hours,
      double roleHours)
      implements Serializable {}
}
