package org.tacit.web.assessment;

import java.util.Comparator;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.web.tables.SharedRowsModel;

/**
 * A department's tasks as they score now, a page at a time, in the department's own order unless a
 * column is clicked. The columns' {@code field} names are those of a run's table ({@link
 * RunTasksModel}), so both share one table (score-table.xhtml).
 */
abstract class CurrentTasksModel extends SharedRowsModel<TaskScoreSummary> {

  private static final long serialVersionUID = 1L;

  @Override
  protected Comparator<TaskScoreSummary> order(String field) {
    return switch (field == null ? "" : field) {
      case "statement" -> byText(TaskScoreSummary::statement);
      case "role" -> byText(TaskScoreSummary::roleTitle);
      case "class" -> byText(TaskScoreSummary::taskClass);
      case "learningNeed" -> by(TaskScoreSummary::learningNeed);
      case "automationReadiness" -> by(TaskScoreSummary::automationReadiness);
      case "confidence" -> by(TaskScoreSummary::confidence);
      default -> null;
    };
  }

  @Override
  protected String filtered(TaskScoreSummary task, String field) {
    return switch (field == null ? "" : field) {
      case "statement" -> task.statement();
      case "role" -> task.roleTitle();
      case "class" -> task.taskClass(); // chosen from the menu: no class's name holds another's
      default -> null;
    };
  }

  @Override
  protected long id(TaskScoreSummary task) {
    return task.taskId();
  }
}
