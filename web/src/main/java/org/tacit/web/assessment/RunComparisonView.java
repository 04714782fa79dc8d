package org.tacit.web.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import org.omnifaces.util.Faces;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.assessment.Assessments;
import org.tacit.application.assessment.RunComparison;
import org.tacit.application.assessment.RunSummary;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The comparison of two runs ({@code compare.xhtml?earlier=…&later=…}): what changed and why, in
 * the user's departments. Without both runs in the address the page offers to pick them.
 */
@Named
@ViewScoped
public class RunComparisonView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** RunComparisons.MAX_CHANGES: the service lists the biggest moves only. */
  private static final int LISTED_AT_MOST = 1000;

  @EJB Assessments assessments;

  private Long earlier;
  private Long later;
  private List<RunSummary> finishedRuns = List.of();
  private RunComparison comparison;
  private TransitionMatrix matrix;
  private List<RunComparison.TaskChange> filteredChanges;
  private String problem;

  /** Runs on the first request of the page (f:viewAction). */
  public void load() {
    finishedRuns = assessments.runs().stream().filter(RunSummary::finished).toList();
    comparison = null;
    matrix = null;
    problem = null;
    if (earlier == null || later == null) {
      problem = Growl.text("compare.noneChosen");
      preselect();
      return;
    }
    try {
      comparison = assessments.compare(earlier, later);
      matrix = new TransitionMatrix(comparison.transitions());
    } catch (NotFoundException | NotPermittedException | EJBException e) {
      problem = Refusals.reason(e).orElseThrow(() -> e);
    }
  }

  /** Offers the two newest finished runs, the comparison people most often want. */
  private void preselect() {
    if (later == null && !finishedRuns.isEmpty()) {
      later = finishedRuns.get(0).id();
    }
    if (earlier == null && finishedRuns.size() > 1) {
      earlier = finishedRuns.get(1).id();
    }
  }

  /** Opens the comparison at its own address, so it can be bookmarked and shared. */
  public String compare() {
    if (earlier == null || later == null) {
      Growl.warn("compare.chooseTwo");
      return null;
    }
    return "compare?faces-redirect=true&earlier=" + earlier + "&later=" + later;
  }

  public int getClassChanges() {
    return comparison == null
        ? 0
        : (int)
            comparison.changes().stream().filter(RunComparison.TaskChange::classChanged).count();
  }

  /** Whether the list of changes was cut at the service's limit, so the page can say so. */
  public boolean isCut() {
    return comparison != null && comparison.changes().size() >= LISTED_AT_MOST;
  }

  /** Why there is no comparison to show, for the warning on the page; null when there is one. */
  public String getProblem() {
    return problem;
  }

  /** A score as the table shows it: two decimals in the user's locale, – when there is none. */
  public String score(Double value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Faces.getLocale());
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  public boolean isSameVersion() {
    return comparison != null
        && comparison.earlier().ruleSetVersion() == comparison.later().ruleSetVersion();
  }

  public Long getEarlier() {
    return earlier;
  }

  public void setEarlier(Long earlier) {
    this.earlier = earlier;
  }

  public Long getLater() {
    return later;
  }

  public void setLater(Long later) {
    this.later = later;
  }

  public List<RunSummary> getFinishedRuns() {
    return finishedRuns;
  }

  public RunComparison getComparison() {
    return comparison;
  }

  public TransitionMatrix getMatrix() {
    return matrix;
  }

  public List<RunComparison.TaskChange> getFilteredChanges() {
    return filteredChanges;
  }

  public void setFilteredChanges(List<RunComparison.TaskChange> filteredChanges) {
    this.filteredChanges = filteredChanges;
  }
}
