package org.tacit.application.scenarios.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.scenarios.HorizonTrends;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/**
 * The scenarios: everyone who reads reports reads every scenario; strategy analysts and
 * administrators create, copy, change and delete them, each change checked against the row version
 * the editor saw.
 */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class ScenarioServiceBean implements ScenarioService {

  @Inject Callers callers;
  @Inject ScenarioRepository scenarios;
  @Inject HorizonTrends trends;

  @Override
  public List<ScenarioSummary> scenarios() {
    HorizonTrend trend = trends.current();
    return scenarios.all().stream().map(saved -> ScenarioSummaries.scenario(saved, trend)).toList();
  }

  @Override
  public ScenarioSummary scenario(long id) {
    return ScenarioSummaries.scenario(saved(id), trends.current());
  }

  @Override
  public ScenarioSummary defaults() {
    return ScenarioSummaries.unsaved(
        Scenarios.base(Year.now(Clock.systemUTC()).getValue(), trends.current()));
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST})
  public ScenarioSummary create(ScenarioEdit values) {
    ScenarioChanges changes = changes();
    return logged("scenario-create", changes.add(ScenarioEdits.scenario(values, changes.trend())));
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST})
  public ScenarioSummary copy(long id, String newName) {
    ScenarioChanges changes = changes();
    return logged("scenario-copy", changes.add(saved(id).scenario(changes.trend()).named(newName)));
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST})
  public ScenarioSummary save(long id, ScenarioEdit values) {
    return logged("scenario-save", changes().save(id, values));
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST})
  public void delete(long id, long rowVersion) {
    changes().delete(id, rowVersion);
    SecurityLog.success(callers.current().username(), "scenario-delete", "scenario " + id);
  }

  /** A scenario change is a security event: who changed which scenario. */
  private ScenarioSummary logged(String action, ScenarioSummary scenario) {
    SecurityLog.success(
        callers.current().username(), action, "scenario " + scenario.id() + " " + scenario.name());
    return scenario;
  }

  private ScenarioChanges changes() {
    return new ScenarioChanges(
        scenarios, callers.current().username(), Instant.now(Clock.systemUTC()), trends.current());
  }

  private SavedScenario saved(long id) {
    return scenarios
        .find(id)
        .orElseThrow(() -> NotFoundException.saying("notFound.scenario", String.valueOf(id)));
  }
}
