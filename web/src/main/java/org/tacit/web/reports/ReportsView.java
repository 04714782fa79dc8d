package org.tacit.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.tacit.application.ScenarioView;
import org.tacit.application.SubstitutionReport;
import org.tacit.application.SubstitutionReport.YearFigures;
import org.tacit.application.SubstitutionReports;
import org.tacit.web.shell.Refusals;

/**
 * The Reports page: under a chosen scenario, the three figures now and at the end of the years
 * covered, their course year by year beside every scenario's realistic line, and the departments
 * side by side. Figures come from the answers as they stand and the rule set in use.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SubstitutionReports reports;

  private List<ScenarioView> scenarios = List.of();
  private List<SubstitutionReport> all = List.of();
  private Long scenario;
  private SubstitutionReport report;
  private String chart;

  /** Every scenario's figures at once: the tasks are read and scored once, and switching reads nothing. */
  @PostConstruct
  void load() {
    try {
      all = reports.reports();
    } catch (EJBException | IllegalArgumentException e) {
      Messages.addGlobalError(Refusals.reason(e).orElseThrow(() -> e));
    }
    scenarios = all.stream().map(SubstitutionReport::scenario).toList();
    String asked = Faces.getRequestParameter("scenario");
    scenario = scenarios.stream().filter(s -> String.valueOf(s.id()).equals(asked)).map(ScenarioView::id).findFirst()
        .orElse(scenarios.stream().filter(s -> s.name().equals("Base")).map(ScenarioView::id).findFirst()
            .orElse(scenarios.isEmpty() ? null : scenarios.get(0).id()));
    show();
  }

  /** The scenario chosen in the menu. */
  public void show() {
    report = all.stream().filter(r -> r.scenario().id() == scenario).findFirst().orElse(null);
    chart = null;
    if (report != null) {
      Map<String, List<YearFigures>> realistic = new LinkedHashMap<>();
      all.forEach(r -> realistic.put(r.scenario().name(), r.organisation()));
      chart = TrendChart.of(report.years(), realistic, report.scenario().name(), report.organisation());
    }
  }

  /** The first year covered. */
  public YearFigures getNow() {
    return report == null || report.organisation().isEmpty() ? null : report.organisation().get(0);
  }

  /** The last year covered. */
  public YearFigures getLater() {
    return report == null || report.organisation().isEmpty() ? null
        : report.organisation().get(report.organisation().size() - 1);
  }

  /** A department's first and last year, for the table. */
  public YearFigures first(SubstitutionReport.GroupFigures group) {
    return group.years().get(0);
  }

  public YearFigures last(SubstitutionReport.GroupFigures group) {
    return group.years().get(group.years().size() - 1);
  }

  public List<ScenarioView> getScenarios() {
    return scenarios;
  }

  public Long getScenario() {
    return scenario;
  }

  public void setScenario(Long scenario) {
    this.scenario = scenario;
  }

  public SubstitutionReport getReport() {
    return report;
  }

  public String getChart() {
    return chart;
  }
}
