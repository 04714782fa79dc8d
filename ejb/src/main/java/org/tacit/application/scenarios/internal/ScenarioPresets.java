package org.tacit.application.scenarios.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.scenarios.HorizonTrends;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.infrastructure.persistence.ScenarioRepository;

/**
 * An organisation without scenarios gets the presets (cautious, base, continual learning by 2030)
 * from this year on, so the first report needs no set-up. Scenarios once there are never touched.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ScenarioPresets {

  private static final Logger LOG = Logger.getLogger(ScenarioPresets.class.getName());

  @Inject ScenarioRepository scenarios;
  @Inject HorizonTrends trends;

  @PostConstruct
  void seed() {
    try {
      if (scenarios.all().isEmpty()) {
        Instant now = Instant.now(Clock.systemUTC());
        Scenarios.presets(Year.now(Clock.systemUTC()).getValue(), trends.current())
            .forEach(preset -> scenarios.add(new SavedScenario(preset, "tacit", now)));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not add the preset scenarios", e);
    }
  }
}
