package org.tacit.web.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.RowEditEvent;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.inventory.ChangeEntry;
import org.tacit.application.inventory.Estimate;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.application.inventory.RoleTasks;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.text.Words;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The role page: one role's tasks, edited in place. The role comes from the address ({@code
 * role.xhtml?id=…}); whatever a postback claims, the service decides what the user may read and
 * change.
 */
@Named
@ViewScoped
public class RoleTasksView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @EJB RoleTasks roleTasks;
  @EJB InventoryService inventory;
  @EJB Assessments assessments;

  /** Tasks a page: every row carries its editor, about 40 KB of page a task. */
  static final int PAGE_SIZE = 25;

  private Long id;

  /** The task a link points at ({@code ?task=…}): the table opens on the page that holds it. */
  private Long task;

  private RoleSummary role;
  private boolean changeable;
  private List<TaskRow> rows = List.of();
  private List<ChangeEntry> history = List.of();
  private List<TaskScoreSummary> scores = List.of();
  private String newStatement;
  private BigDecimal newTimeSharePct;

  /**
   * Runs on the first request of the page (f:viewAction): a role the caller may not read is
   * refused.
   */
  public void open() {
    try {
      read();
    } catch (NotPermittedException e) {
      Refusals.refusePage(refusedRole(), e);
    }
  }

  /** Reads the role again (after a change, or to drop what the row editor held). */
  public void load() {
    try {
      read();
    } catch (NotPermittedException e) {
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  private String refusedRole() {
    return Words.in(Faces.getLocale()).text("refusal.role", String.valueOf(id));
  }

  private void read() {
    role = null;
    changeable = false;
    rows = List.of();
    history = List.of();
    scores = List.of();
    if (id == null) {
      Growl.warn("role.noneChosen");
      return;
    }
    role = roleTasks.role(id);
    changeable = roleTasks.changeable(id);
    rows = rows(roleTasks.tasks(id), roleTasks.estimates(id));
    history = inventory.history(id);
    scores =
        assessments.current(
            AssessmentScope.role(id)); // always current: scored as the answers stand
  }

  public void save(RowEditEvent<TaskRow> event) {
    attempt(() -> roleTasks.revise(event.getObject().edit()), "role.saved");
  }

  public void cancel() {
    load(); // drop whatever the row editor held
  }

  public void remove(TaskRow row) {
    attempt(() -> roleTasks.remove(row.getId(), row.getTask().version()), "role.removed");
  }

  /** Confirms one estimated answer ({@code column}), or all of the task's when it is null. */
  public void confirm(TaskRow row, String column) {
    attempt(
        () -> roleTasks.confirm(row.getId(), row.getTask().version(), column),
        column == null ? "role.taskConfirmed" : "role.answerConfirmed");
  }

  /** Confirms every estimate of the role, against the versions of the tasks this page shows. */
  public void confirmRole() {
    Map<Long, Long> versions = new HashMap<>();
    rows.forEach(row -> versions.put(row.getId(), row.getTask().version()));
    attempt(() -> roleTasks.confirmAll(id, versions), "role.roleConfirmed");
  }

  public void add() {
    attempt(() -> roleTasks.add(id, newStatement, newTimeSharePct), "role.added");
    newStatement = null;
    newTimeSharePct = null;
  }

  /**
   * Every change ends with the table read again, so the page shows what is stored, whoever wrote
   * it.
   */
  private void attempt(Runnable change, String doneKey) {
    try {
      change.run();
      Growl.info(doneKey);
    } catch (StaleEditException e) {
      Growl.warn("role.stale", Refusals.said(e));
    } catch (NotPermittedException e) {
      Refusals.refusePage(refusedRole(), e);
    } catch (IllegalArgumentException | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    load();
  }

  private static List<TaskRow> rows(List<TaskSummary> tasks, List<Estimate> estimates) {
    Map<Long, List<Estimate>> byTask =
        estimates.stream().collect(Collectors.groupingBy(Estimate::taskId));
    Locale locale = Faces.getLocale();
    EstimateSourceText source = new EstimateSourceText(locale);
    return tasks.stream()
        .map(
            task ->
                new TaskRow(task, byTask.getOrDefault(task.id(), List.of()), source::of, locale))
        .toList();
  }

  public boolean isAnyEstimates() {
    return rows.stream().anyMatch(TaskRow::hasEstimates);
  }

  /**
   * The mean confidence of the role's task scores, 0–1, or null when nothing is scored: it rises as
   * estimates are confirmed, since a confirmed answer counts more than an estimate.
   */
  public Double getConfidence() {
    return scores.isEmpty()
        ? null
        : scores.stream().mapToDouble(TaskScoreSummary::confidence).average().orElseThrow();
  }

  /** Sum of the known shares, or null when no task has one. */
  public BigDecimal getTimeShareTotal() {
    return role == null ? null : role.timeShareTotal();
  }

  public boolean isSharesOff() {
    BigDecimal total = getTimeShareTotal();
    return total != null && total.subtract(HUNDRED).abs().compareTo(BigDecimal.ONE) > 0;
  }

  public List<FactColumn> getLearningColumns() {
    return FactColumn.of(true, Faces.getLocale());
  }

  public List<FactColumn> getReadinessColumns() {
    return FactColumn.of(false, Faces.getLocale());
  }

  public List<FactColumn> getFactColumns() {
    return FactColumn.all(Faces.getLocale());
  }

  public Long getTask() {
    return task;
  }

  public void setTask(Long task) {
    this.task = task;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  /**
   * The first row the table opens on: that of the page holding the task a link points at, else 0.
   * Paging then sets the table's own first row, which takes over from this.
   */
  public int getFirst() {
    for (int i = 0; task != null && i < rows.size(); i++) {
      if (rows.get(i).getId() == task) {
        return i / PAGE_SIZE * PAGE_SIZE;
      }
    }
    return 0;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RoleSummary getRole() {
    return role;
  }

  public boolean isChangeable() {
    return changeable;
  }

  public List<TaskScoreSummary> getScores() {
    return scores;
  }

  public List<TaskRow> getRows() {
    return rows;
  }

  public List<ChangeEntry> getHistory() {
    return history;
  }

  public String getNewStatement() {
    return newStatement;
  }

  public void setNewStatement(String newStatement) {
    this.newStatement = newStatement;
  }

  public BigDecimal getNewTimeSharePct() {
    return newTimeSharePct;
  }

  public void setNewTimeSharePct(BigDecimal newTimeSharePct) {
    this.newTimeSharePct = newTimeSharePct;
  }
}
