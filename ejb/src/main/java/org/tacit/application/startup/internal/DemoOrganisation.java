package org.tacit.application.startup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tacit.application.inventory.InventoryLoader;
import org.tacit.domain.model.inventory.imports.ImportResult;
import org.tacit.infrastructure.imports.ImportLimits;
import org.tacit.infrastructure.imports.InventoryFiles;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.StartupSteps;

/**
 * Loads the demo company (config/demo) into an empty inventory when {@code tacit.demo} is true
 * (TACIT_DEMO; the run command's default), through the same import as everyone's files. An
 * inventory that has any department is never touched, and servers starting at once on one database
 * load it once ({@link StartupSteps}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoOrganisation {

  private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());
  static final String FILE = "demo/demo-organisation.csv";

  @Inject
  @ConfigProperty(name = "tacit.demo", defaultValue = "false")
  boolean enabled;

  @Inject InventoryRepository inventory;
  @Inject InventoryLoader importer;
  @Inject StartupSteps steps;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    // several servers may start on one empty database at once: one loads, the others wait and then
    // find the departments
    steps.lock(StartupSteps.DEMO_ORGANISATION);
    if (!inventory.departments().isEmpty()) {
      return;
    }
    try (InputStream csv = getClass().getClassLoader().getResourceAsStream(FILE)) {
      ImportResult result = InventoryFiles.read(csv, FILE, ImportLimits.defaults());
      if (!result.isValid()) {
        LOG.severe(() -> "The demo organisation does not import: " + result.problems());
        return;
      }
      var changes = importer.apply(result.draft().orElseThrow(), "demo", Instant.now());
      LOG.info(() -> "Loaded the demo organisation: " + changes);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not load the demo organisation", e);
    }
  }
}
