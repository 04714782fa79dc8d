package org.tacit.web.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tacit.application.inventory.Estimate;
import org.tacit.application.inventory.TaskEdit;
import org.tacit.application.inventory.TaskSummary;

/**
 * One row of the task table while an editor works on it: the task as loaded with the estimates it
 * is scored with, plus the values the row editor binds to. Saving turns it into a {@link TaskEdit}
 * against the version loaded.
 */
public class TaskRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final TaskSummary task;
  private final Map<String, BigDecimal> estimates = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();
  private String statement;
  private BigDecimal timeSharePct;
  private final Map<String, BigDecimal> answers = new HashMap<>();
  private boolean confirmAll;
  private final Locale locale;

  /**
   * @param estimates the task's answers still estimated, stored or filled in from O*NET
   * @param locale the reader's, for writing answers such as an estimated 1.58 h
   */
  public TaskRow(
      TaskSummary task,
      List<Estimate> estimates,
      Function<Estimate, String> source,
      Locale locale) {
    this.task = task;
    this.locale = locale;
    this.statement = task.statement();
    this.timeSharePct = task.timeSharePct();
    task.facts().forEach((column, answer) -> answers.put(column, answer.value()));
    for (Estimate estimate : estimates) {
      this.estimates.put(estimate.column(), estimate.value());
      this.sources.put(estimate.column(), source.apply(estimate));
    }
  }

  /**
   * The edit against the version loaded. An O*NET estimate is not stored, so its input starts blank
   * (showing the estimate) and a blank left there keeps it an estimate; picking a value, even the
   * estimated one, is the editor's answer. Saying every answer was checked stores the estimates
   * left blank as confirmed too.
   */
  public TaskEdit edit() {
    Map<String, BigDecimal> edited = new HashMap<>(answers);
    if (confirmAll) {
      estimates.forEach(
          (column, estimate) -> {
            if (edited.get(column) == null && !task.facts().containsKey(column)) {
              edited.put(column, estimate);
            }
          });
    }
    return new TaskEdit(task.id(), task.version(), statement, timeSharePct, edited, confirmAll);
  }

  public long getId() {
    return task.id();
  }

  public TaskSummary getTask() {
    return task;
  }

  /** The answers by column, for the editor's inputs to bind to; a cleared input stores null. */
  public Map<String, BigDecimal> getAnswers() {
    return answers;
  }

  /** The answer as the table shows it: {@code ≈3} for an estimate, blank when unknown. */
  public String shown(String column) {
    BigDecimal estimate = estimates.get(column);
    if (estimate != null) {
      return "≈" + plain(estimate);
    }
    TaskSummary.FactAnswer answer = task.facts().get(column);
    return answer == null ? "" : plain(answer.value());
  }

  public boolean estimated(String column) {
    return estimates.containsKey(column);
  }

  /** Where the estimate comes from, in words; blank for an answer that is no estimate. */
  public String source(String column) {
    return sources.getOrDefault(column, "");
  }

  /** Estimated answers, the time share included: what "confirm this task" would confirm. */
  public boolean hasEstimates() {
    return !estimates.isEmpty() || task.timeShareEstimated();
  }

  /** 3, or an estimated length such as 1.58 h written as the reader's language writes it. */
  private String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(false);
    format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
    return format.format(stripped);
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
