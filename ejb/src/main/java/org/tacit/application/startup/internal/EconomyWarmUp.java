package org.tacit.application.startup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tacit.application.economy.UsEconomy;
import org.tacit.infrastructure.persistence.AssessmentRepository;

/**
 * Builds the US economy benchmark in the background once the O*NET library is in place, so the
 * first person to open the Reports page does not wait the seconds it takes; a page that asks before
 * it is done waits for this build instead of starting another ({@link EconomyCache}).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "StarterLibrary"})
@PermitAll // no caller: the server itself, at start
public class EconomyWarmUp {

  private static final Logger LOG = Logger.getLogger(EconomyWarmUp.class.getName());

  @EJB EconomyWarmUp self;
  @Inject UsEconomy economies;
  @Inject AssessmentRepository runs;

  @PostConstruct
  void start() {
    self.build();
  }

  @Asynchronous
  public void build() {
    try {
      economies.build(runs.published());
    } catch (RuntimeException e) {
      // The next Reports page builds it, and says what is wrong if it still cannot
      LOG.log(Level.WARNING, "Could not build the US economy benchmark at start", e);
    }
  }
}
