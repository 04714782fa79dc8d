package org.tacit.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.application.CallerScope;
import org.tacit.application.ExportFormat;
import org.tacit.application.NotFoundException;
import org.tacit.application.ScenarioView;
import org.tacit.application.SubstitutionReport;
import org.tacit.application.SubstitutionReport.GroupFigures;
import org.tacit.application.SubstitutionReports;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.SubstitutionEstimate;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.exports.TableWriter;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.ScenarioRepository;

@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class SubstitutionReportsBean implements SubstitutionReports {

  @Inject Callers callers;
  @Inject Scopes scopes;
  @Inject ScenarioRepository scenarios;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;

  @Override
  public List<ScenarioView> scenarios() {
    return scenarios.all().stream().map(ReportViews::scenario).toList();
  }

  @Override
  public ScenarioView scenario(long id) {
    return ReportViews.scenario(saved(id));
  }

  @Override
  public SubstitutionReport report(long scenarioId) {
    return scored().under(saved(scenarioId));
  }

  @Override
  public List<SubstitutionReport> reports() {
    Scored scored = scored();
    return scenarios.all().stream().map(scored::under).toList();
  }

  /** The caller's tasks scored once, with the rule set in use; every scenario reads the same. */
  private Scored scored() {
    ScopeTasks scope = scopes.resolve(AssessmentScope.organisation(), callers.current());
    RuleSet ruleSet = runs.published().ruleSet();
    List<TaskInput> inputs = new Reassessment(runs, new OnetEstimates(library)).inputs(scope);
    List<TaskResult> results = new ArrayList<>(inputs.size());
    Map<Long, TaskInput> roleOf = new HashMap<>();
    Map<String, String> departmentNames = new TreeMap<>();
    for (TaskInput task : inputs) {
      results.add(TaskResult.of(Scorer.score(task.facts(), ruleSet)));
      roleOf.putIfAbsent(task.roleId(), task);
      departmentNames.putIfAbsent(task.departmentCode(), task.departmentName());
    }
    return new Scored(ruleSet.version(), Workforce.fromRun(inputs, results), roleOf, departmentNames);
  }

  private record Scored(int ruleSetVersion, Workforce workforce, Map<Long, TaskInput> roleOf,
      Map<String, String> departmentNames) {

    SubstitutionReport under(SavedScenario saved) {
      SubstitutionEstimate estimate = new SubstitutionEngine(saved.scenario()).estimate(workforce);
      List<GroupFigures> departments = new ArrayList<>();
      new TreeMap<>(estimate.groupedBy(roleId -> roleOf.get(roleId).departmentCode())).forEach((code, figures) ->
          departments.add(new GroupFigures(code, departmentNames.get(code), code, ReportViews.years(figures))));
      List<GroupFigures> roles = new ArrayList<>();
      for (TaskInput role : roleOf.values()) {
        roles.add(new GroupFigures(Long.toString(role.roleId()), role.roleTitle(), role.departmentCode(),
            ReportViews.years(estimate.role(role.roleId()))));
      }
      return new SubstitutionReport(ReportViews.scenario(saved), ruleSetVersion, estimate.years(),
          ReportViews.years(estimate.organisation()), departments, roles);
    }
  }

  @Override
  public void export(long scenarioId, ExportFormat format, OutputStream out) throws IOException {
    try (TableWriter table = TableWriter.of(format, out)) {
      SubstitutionTable.write(report(scenarioId), table);
    }
  }

  private SavedScenario saved(long id) {
    return scenarios.find(id).orElseThrow(() -> new NotFoundException("There is no scenario " + id + "."));
  }
}
