package org.tacit.web.assessment;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.RunTasks;
import org.tacit.application.assessment.TaskScoreSummary;

/**
 * A stored run's tasks, a page at a time: a run of the whole organisation holds a hundred thousand
 * of them, so the table never holds more than it shows.
 */
public class RunTasksModel extends LazyDataModel<TaskScoreSummary> {

  private static final long serialVersionUID = 1L;

  private final transient Assessments assessments;
  private final long runId;
  private final String department;

  RunTasksModel(Assessments assessments, long runId, String department) {
    this.assessments = assessments;
    this.runId = runId;
    this.department = department;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return assessments.tasks(runId, department, 0, 1).total();
  }

  @Override
  public List<TaskScoreSummary> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    RunTasks page = assessments.tasks(runId, department, first, pageSize);
    setRowCount(page.total());
    return page.tasks();
  }

  @Override
  public String getRowKey(TaskScoreSummary task) {
    return Long.toString(task.taskId());
  }

  @Override
  public TaskScoreSummary getRowData(String rowKey) {
    return null; // rows are not selected, only expanded, which PrimeFaces does from the loaded page
  }
}
