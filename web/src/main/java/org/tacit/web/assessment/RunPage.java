package org.tacit.web.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.Reproduction;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.text.Words;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * One stored run ({@code run.xhtml?id=…}): its progress while it works, then its tasks with their
 * figures and reasons as they were stored, a check that it reproduces, and a way to compare it with
 * another run.
 */
@Named
@ViewScoped
public class RunPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @EJB InventoryService inventory;

  private Long id;
  private RunSummary run;
  private String department;
  private List<DepartmentSummary> departments = List.of();
  private RunTasksModel tasks;
  private Reproduction reproduction;
  private Long compareWith;
  private List<RunSummary> others = List.of();

  /** Runs on the first request of the page (f:viewAction). */
  public void load() {
    run = null;
    if (id == null) {
      Growl.warn("assessment.noneChosen");
      return;
    }
    try {
      run = assessments.run(id);
      departments = inventory.departments();
      others = assessments.runs().stream().filter(r -> r.finished() && r.id() != id).toList();
      showTasks();
    } catch (NotPermittedException e) {
      Refusals.refusePage(Words.in(Faces.getLocale()).text("refusal.run", String.valueOf(id)), e);
    } catch (NotFoundException | EJBException e) {
      Messages.addGlobalWarn(Refusals.reason(e).orElseThrow(() -> e));
    }
  }

  /** Called by the poll while the run works; shows its tasks once it is done. */
  public void refresh() {
    boolean wasRunning = run != null && run.running();
    run = assessments.run(id);
    if (wasRunning && !run.running()) {
      showTasks();
    }
  }

  public void showTasks() {
    tasks =
        run != null && run.finished()
            ? new RunTasksModel(assessments, id, blankToNull(department))
            : null;
  }

  public void reproduce() {
    try {
      reproduction = assessments.reproduce(id);
    } catch (EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RunSummary getRun() {
    return run;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public List<DepartmentSummary> getDepartments() {
    return departments;
  }

  public RunTasksModel getTasks() {
    return tasks;
  }

  /** The check's outcome in words, numbers in the user's locale. */
  public String getReproductionText() {
    if (reproduction == null) {
      return "";
    }
    if (reproduction.exact()) {
      return Growl.text(
          "assessment.reproduced",
          reproduction.tasks(),
          String.valueOf(reproduction.ruleSetVersion()));
    }
    return Growl.text(
        "assessment.notReproduced",
        reproduction.tasks() - reproduction.identical(),
        reproduction.tasks(),
        String.join(" ", reproduction.differences()));
  }

  public Reproduction getReproduction() {
    return reproduction;
  }

  public Long getCompareWith() {
    return compareWith;
  }

  public void setCompareWith(Long compareWith) {
    this.compareWith = compareWith;
  }

  public List<RunSummary> getOthers() {
    return others;
  }
}
