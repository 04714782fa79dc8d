package org.tacit.application.startup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.LibraryLoader;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.onet.StarterLibraryFile;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.StartupSteps;

/**
 * Loads the O*NET 27.0 starter library the product ships into an empty library, so that roles can
 * be linked to occupations from the first start, without a network. A library that holds any
 * release (an administrator's upload, or the starter from an earlier start) is never touched, and
 * servers starting at once on one database load it once ({@link StartupSteps}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StarterLibrary {

  private static final Logger LOG = Logger.getLogger(StarterLibrary.class.getName());
  static final String LOADED_BY = "starter library";

  @Inject OccupationRepository library;
  @Inject LibraryLoader writer;
  @Inject StartupSteps steps;

  @PostConstruct
  void load() {
    try {
      // several servers may start on one empty database at once: one loads, the others wait and
      // then find the release
      steps.lock(StartupSteps.STARTER_LIBRARY);
      if (library.release().isPresent()) {
        return;
      }
      Instant started = Instant.now();
      LibraryImportReport report =
          writer.replace(
              StarterLibraryFile.bundled(), OccupationProfiles.bundled(), LOADED_BY, started);
      LOG.info(
          () ->
              "Loaded the O*NET starter library in "
                  + Duration.between(started, Instant.now()).toMillis()
                  + " ms: "
                  + report);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not load the O*NET starter library", e);
    }
  }
}
