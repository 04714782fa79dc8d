package org.tacit.application.reports.internal;

import java.util.List;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.scenario.OpenAnswers;
import org.tacit.domain.scenario.Scenario;

/**
 * What would change the figures, for the caller's departments: each role's open answers, largest
 * first.
 */
final class OpenAnswerList {

  private OpenAnswerList() {}

  static List<OpenAnswer> of(ScoredOrganisation scored, Scenario scenario) {
    return OpenAnswers.of(scored.workforce(), scenario).stream()
        .map(
            open -> {
              TaskInput role = scored.roles().get(open.roleId());
              return new OpenAnswer(
                  open.roleId(),
                  role.roleTitle(),
                  role.departmentCode(),
                  open.kind().name(),
                  open.taskIds(),
                  open.hours());
            })
        .toList();
  }
}
