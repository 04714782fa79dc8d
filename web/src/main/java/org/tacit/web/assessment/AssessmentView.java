package org.tacit.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.component.datatable.DataTable;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.RuleSetSummary;
import org.tacit.application.assessment.RuleSets;
import org.tacit.application.assessment.RunSummary;
import org.tacit.application.assessment.ScoreReason;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.application.inventory.DepartmentSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The Assessment page: one department's tasks as they score now (always current: computed from the
 * answers as they stand, with the published rule set), the quadrant of them, and the stored runs,
 * which can be started here and keep running when the page is left. The view keeps the reader's
 * choices; the scores are asked for on each request ({@link DepartmentScores}).
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Assessments assessments;
  @EJB RuleSets ruleSets;
  @EJB InventoryService inventory;
  @Inject DepartmentScores scores;

  private List<DepartmentSummary> departments = List.of();
  private String department;
  private boolean onlyEstimated;
  private RuleSetSummary ruleSet;
  private List<RunSummary> runs = List.of();

  private final CurrentTasksModel table =
      new CurrentTasksModel() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<TaskScoreSummary> rows() {
          return shown();
        }
      };

  @PostConstruct
  void load() {
    departments = inventory.departments();
    ruleSet = ruleSets.published();
    String asked = Faces.getRequestParameter("department");
    if (asked != null && departments.stream().anyMatch(d -> d.code().equals(asked))) {
      department = asked;
    } else if (!departments.isEmpty()) {
      department = departments.get(0).code();
    }
    refreshRuns();
  }

  /** Another department chosen in the menu: its table starts on its first page, unfiltered. */
  public void showDepartment() {
    DataTable table = Components.findComponent("assessment-form:scores");
    if (table != null) {
      table.reset();
    }
  }

  /** Every task of the department chosen, as it scores now. */
  private List<TaskScoreSummary> all() {
    return department == null ? List.of() : scores.of(department);
  }

  /**
   * Every task, or only those resting on estimates: scored with at least one answer nobody has
   * confirmed yet, the tasks whose figures HR can firm up on their role's page.
   */
  private List<TaskScoreSummary> shown() {
    return onlyEstimated ? estimated() : all();
  }

  /** The department's tasks resting on estimates. */
  private List<TaskScoreSummary> estimated() {
    return scores.once(
        new Estimated(department),
        () -> all().stream().filter(AssessmentView::restsOnEstimates).toList());
  }

  public void assessDepartment() {
    start(() -> AssessmentScope.department(department));
  }

  public void assessOrganisation() {
    start(AssessmentScope::organisation);
  }

  private void start(Supplier<AssessmentScope> scope) {
    try {
      RunSummary run = assessments.start(scope.get());
      Growl.info("assessment.runStarted", String.valueOf(run.id()), run.scopeLabel());
    } catch (TooManyAtOnceException e) {
      Messages.addGlobalWarn(Refusals.said(e));
    } catch (NotPermittedException | IllegalArgumentException | EJBException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    refreshRuns();
  }

  public void refreshRuns() {
    runs = assessments.runs();
  }

  /** While a run works, the page asks again every second; then it stops asking. */
  public boolean isAnyRunning() {
    return runs.stream().anyMatch(RunSummary::running);
  }

  public boolean isNoTasks() {
    return all().isEmpty();
  }

  /** The filter left nothing: every answer behind the department's scores is confirmed. */
  public boolean isAllConfirmed() {
    return !all().isEmpty() && shown().isEmpty();
  }

  /** Whether the department has tasks the filter shows. */
  public boolean isAnyShown() {
    return !shown().isEmpty();
  }

  static boolean restsOnEstimates(TaskScoreSummary task) {
    return task.reasons().stream().anyMatch(ScoreReason::estimated);
  }

  /** How many of the department's tasks rest on estimates, for the filter's label. */
  public long getEstimatedCount() {
    return estimated().size();
  }

  public boolean isOnlyEstimated() {
    return onlyEstimated;
  }

  public void setOnlyEstimated(boolean onlyEstimated) {
    this.onlyEstimated = onlyEstimated;
  }

  public List<DepartmentSummary> getDepartments() {
    return departments;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  /** The tasks shown, a page at a time. */
  public CurrentTasksModel getScores() {
    return table;
  }

  public List<ClassSummary> getSummary() {
    return scores.once(new Summary(department, onlyEstimated), () -> ClassSummary.of(shown()));
  }

  public RuleSetSummary getRuleSet() {
    return ruleSet;
  }

  public String getChart() {
    return scores.once(
        new Chart(department, onlyEstimated),
        () ->
            QuadrantChart.of(
                shown(),
                ruleSet.learningNeedThreshold(),
                ruleSet.automationReadinessThreshold(),
                Faces.getRequestContextPath() + "/app/inventory/role.xhtml?id=",
                Faces.getLocale()));
  }

  /** Whether the quadrant draws tasks close together as one dot: see {@link QuadrantChart}. */
  public boolean isChartMerged() {
    return QuadrantChart.merges(shown());
  }

  public int getChartDots() {
    return QuadrantChart.DOTS;
  }

  public List<RunSummary> getRuns() {
    return runs;
  }

  private record Estimated(String department) {}

  private record Summary(String department, boolean onlyEstimated) {}

  private record Chart(String department, boolean onlyEstimated) {}
}
