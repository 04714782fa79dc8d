package org.tacit.application.scenarios.internal;

import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tacit.application.StaleEditException;
import org.tacit.application.scenarios.ScenarioEdit;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.domain.Refused;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenario;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/**
 * One person's change to the scenarios, at one moment: names stay unique (whatever their case), an
 * edit applies only to the scenario as its editor saw it, and the last scenario stays. Who changed
 * a scenario, and when, is kept with it and named when someone else's edit comes too late.
 */
final class ScenarioChanges {

  /** When a scenario was changed, as every language can read it. */
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** What a refused change did not do, as the bundle's {@code stale.scenario*} sentences select. */
  private static final String NOT_SAVED = "save";

  private static final String NOT_DELETED = "delete";

  private final ScenarioRepository scenarios;
  private final String actor;
  private final Instant at;
  private final HorizonTrend trend;

  /** Changes by {@code actor} at {@code at}, the horizon's defaults from {@code trend}. */
  ScenarioChanges(ScenarioRepository scenarios, String actor, Instant at, HorizonTrend trend) {
    this.scenarios = scenarios;
    this.actor = actor;
    this.at = at;
    this.trend = trend;
  }

  /** The trend the scenarios' horizon defaults follow, as these changes read them. */
  HorizonTrend trend() {
    return trend;
  }

  ScenarioSummary add(Scenario scenario) {
    requireFreeName(scenario.name(), null);
    SavedScenario saved = new SavedScenario(scenario, actor, at);
    scenarios.add(saved);
    scenarios.flush();
    return ScenarioSummaries.scenario(saved, trend);
  }

  ScenarioSummary save(long id, ScenarioEdit values) {
    SavedScenario saved = asSeen(id, values.rowVersion(), NOT_SAVED);
    Scenario revised = ScenarioEdits.scenario(values, trend);
    requireFreeName(revised.name(), id);
    saved.revise(revised, actor, at);
    flush(NOT_SAVED);
    return ScenarioSummaries.scenario(saved, trend);
  }

  void delete(long id, long rowVersion) {
    SavedScenario saved = asSeen(id, rowVersion, NOT_DELETED);
    if (scenarios.count() <= 1) {
      throw Refused.saying("rejected.lastScenario", saved.name());
    }
    scenarios.remove(saved);
    flush(NOT_DELETED);
  }

  private void requireFreeName(String name, Long except) {
    scenarios
        .named(name)
        .filter(other -> !other.id().equals(except))
        .ifPresent(
            other -> {
              throw Refused.saying("rejected.scenarioName", other.name());
            });
  }

  /**
   * The scenario as the editor saw it at {@code rowVersion}, or a refusal that says who changed it
   * when.
   */
  private SavedScenario asSeen(long id, long rowVersion, String consequence) {
    SavedScenario saved =
        scenarios
            .find(id)
            .orElseThrow(() -> StaleEditException.saying("stale.scenarioGone", consequence));
    if (saved.rowVersion() != rowVersion) {
      throw StaleEditException.saying(
          "stale.scenario",
          saved.name(),
          saved.changedBy(),
          WHEN.format(saved.changedAt()),
          consequence);
    }
    return saved;
  }

  /** Two editors passing the version check at the same moment: the database's check decides. */
  private void flush(String consequence) {
    try {
      scenarios.flush();
    } catch (OptimisticLockException e) {
      throw StaleEditException.saying("stale.scenarioSameMoment", consequence);
    }
  }
}
