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

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

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
    SavedScenario saved = asSeen(id, values.rowVersion(), "your change was not saved");
    Scenario revised = ScenarioEdits.scenario(values, trend);
    requireFreeName(revised.name(), id);
    saved.revise(revised, actor, at);
    flush("your change was not saved");
    return ScenarioSummaries.scenario(saved, trend);
  }

  void delete(long id, long rowVersion) {
    SavedScenario saved = asSeen(id, rowVersion, "it was not deleted");
    if (scenarios.count() <= 1) {
      throw new IllegalArgumentException(
          "“"
              + saved.name()
              + "” is the last scenario, and reports need one: add "
              + "another before deleting it.");
    }
    scenarios.remove(saved);
    flush("it was not deleted");
  }

  private void requireFreeName(String name, Long except) {
    scenarios
        .named(name)
        .filter(other -> !other.id().equals(except))
        .ifPresent(
            other -> {
              throw new IllegalArgumentException(
                  "There is already a scenario named “" + other.name() + "”; choose another name.");
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
            .orElseThrow(
                () ->
                    new StaleEditException(
                        "Someone else deleted this scenario meanwhile; " + consequence + "."));
    if (saved.rowVersion() != rowVersion) {
      throw new StaleEditException(
          "“"
              + saved.name()
              + "” was changed meanwhile by "
              + saved.changedBy()
              + " on "
              + WHEN.format(saved.changedAt())
              + "; "
              + consequence
              + ".");
    }
    return saved;
  }

  /** Two editors passing the version check at the same moment: the database's check decides. */
  private void flush(String consequence) {
    try {
      scenarios.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException(
          "Someone else changed this scenario at the same moment; " + consequence + ".");
    }
  }
}
