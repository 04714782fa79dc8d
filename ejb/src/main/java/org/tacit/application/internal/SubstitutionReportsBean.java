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
import java.util.SortedMap;
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
import org.tacit.domain.scenario.Figures;
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
    SavedScenario saved = saved(scenarioId);
    ScopeTasks scope = scopes.resolve(AssessmentScope.organisation(), callers.current());
    RuleSet ruleSet = runs.published().ruleSet();
    List<TaskInput> inputs = new Reassessment(runs, new OnetEstimates(library)).inputs(scope);
    List<TaskResult> results = new ArrayList<>(inputs.size());
    Map<Long, TaskInput> roleOf = new HashMap<>();
    for (TaskInput task : inputs) {
      results.add(TaskResult.of(Scorer.score(task.facts(), ruleSet)));
      roleOf.putIfAbsent(task.roleId(), task);
    }
    SubstitutionEstimate estimate = new SubstitutionEngine(saved.scenario()).estimate(Workforce.fromRun(inputs, results));

    List<GroupFigures> departments = new ArrayList<>();
    Map<String, SortedMap<Integer, Figures>> byDepartment =
        new TreeMap<>(estimate.groupedBy(roleId -> roleOf.get(roleId).departmentCode()));
    byDepartment.forEach((code, figures) -> departments.add(new GroupFigures(code,
        roleOf.values().stream().filter(t -> t.departmentCode().equals(code)).findFirst().orElseThrow().departmentName(),
        code, ReportViews.years(figures))));
    List<GroupFigures> roles = new ArrayList<>();
    for (TaskInput role : roleOf.values()) {
      roles.add(new GroupFigures(Long.toString(role.roleId()), role.roleTitle(), role.departmentCode(),
          ReportViews.years(estimate.role(role.roleId()))));
    }
    return new SubstitutionReport(ReportViews.scenario(saved), ruleSet.version(), estimate.years(),
        ReportViews.years(estimate.organisation()), departments, roles);
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
