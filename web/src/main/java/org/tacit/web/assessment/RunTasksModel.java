package org.tacit.web.assessment;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.RunTaskQuery;
import org.tacit.application.assessment.RunTaskQuery.Order;
import org.tacit.application.assessment.RunTasks;
import org.tacit.application.assessment.TaskScoreSummary;

/**
 * A stored run's tasks, a page at a time: a run of the whole organisation holds a hundred thousand
 * of them, so the table never holds more than it shows, and the database filters and sorts them.
 * The columns' {@code field} names (score-table.xhtml) pick the order from a fixed list; nothing
 * the browser sends becomes SQL.
 */
public class RunTasksModel extends LazyDataModel<TaskScoreSummary> {

  private static final long serialVersionUID = 1L;

  /** The score table's sortable columns, by their field, and what the database sorts by. */
  private static final Map<String, Order> ORDERS =
      Map.of(
          "statement", Order.STATEMENT,
          "role", Order.ROLE,
          "class", Order.TASK_CLASS,
          "learningNeed", Order.LEARNING_NEED,
          "automationReadiness", Order.AUTOMATION_READINESS,
          "confidence", Order.CONFIDENCE);

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
    return assessments.taskPage(runId, query(Map.of(), filters), 0, 1).total();
  }

  @Override
  public List<TaskScoreSummary> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    RunTasks page = assessments.taskPage(runId, query(sort, filters), first, pageSize);
    setRowCount(page.total());
    return page.tasks();
  }

  /** The table's sort and filters as the question to the database. */
  RunTaskQuery query(Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    SortMeta by =
        sort.values().stream()
            .filter(s -> s.getOrder() != SortOrder.UNSORTED && ORDERS.containsKey(s.getField()))
            .findFirst()
            .orElse(null);
    return new RunTaskQuery(
        department,
        filterText(filters, "statement"),
        filterText(filters, "class"),
        by == null ? Order.DEPARTMENT_ROLE_TASK : ORDERS.get(by.getField()),
        by != null && by.getOrder() == SortOrder.DESCENDING);
  }

  private static String filterText(Map<String, FilterMeta> filters, String field) {
    return filters.values().stream()
        .filter(f -> field.equals(f.getField()) && f.getFilterValue() != null)
        .map(f -> f.getFilterValue().toString())
        .findFirst()
        .orElse(null);
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
