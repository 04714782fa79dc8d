package org.tacit.web.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.tacit.application.TaskEdit;
import org.tacit.application.TaskView;

/**
 * One row of the task table while an editor works on it: the task as loaded, plus the values the
 * row editor binds to. Saving turns it into a {@link TaskEdit} against the version loaded.
 */
public class TaskRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TaskView task;
  private String statement;
  private BigDecimal timeSharePct;
  private final Map<String, BigDecimal> answers = new HashMap<>();
  private boolean confirmAll;

  public TaskRow(TaskView task) {
    this.task = task;
    this.statement = task.statement();
    this.timeSharePct = task.timeSharePct();
    task.facts().forEach((column, answer) -> answers.put(column, answer.value()));
  }

  public TaskEdit edit() {
    return new TaskEdit(task.id(), task.version(), statement, timeSharePct, answers, confirmAll);
  }

  public long getId() {
    return task.id();
  }

  public TaskView getTask() {
    return task;
  }

  /** The answers by column, for the editor's inputs to bind to; a cleared input stores null. */
  public Map<String, BigDecimal> getAnswers() {
    return answers;
  }

  /** The stored answer as the table shows it: {@code ≈3} for an estimate, blank when unknown. */
  public String shown(String column) {
    TaskView.FactAnswer answer = task.facts().get(column);
    if (answer == null) {
      return "";
    }
    String value = answer.value().stripTrailingZeros().toPlainString();
    return answer.estimated() ? "≈" + value : value;
  }

  public boolean estimated(String column) {
    TaskView.FactAnswer answer = task.facts().get(column);
    return answer != null && answer.estimated();
  }

  public boolean hasEstimates() {
    return task.facts().values().stream().anyMatch(TaskView.FactAnswer::estimated);
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public BigDecimal getTimeSharePct() {
    return timeSharePct;
  }

  public void setTimeSharePct(BigDecimal timeSharePct) {
    this.timeSharePct = timeSharePct;
  }

  public boolean isConfirmAll() {
    return confirmAll;
  }

  public void setConfirmAll(boolean confirmAll) {
    this.confirmAll = confirmAll;
  }
}
