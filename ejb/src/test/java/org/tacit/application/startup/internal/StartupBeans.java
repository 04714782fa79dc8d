package org.tacit.application.startup.internal;

import jakarta.persistence.EntityManager;
import org.tacit.application.library.internal.LibraryBeans;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.persistence.StartupSteps;

/** The start-up loaders wired by hand, as the container would wire them. */
public final class StartupBeans {

  private StartupBeans() {}

  static StarterLibrary starter(EntityManager em) {
    StarterLibrary starter = new StarterLibrary();
    starter.library = new OccupationRepository(em);
    starter.writer = LibraryBeans.writer(em);
    starter.steps = new StartupSteps(em);
    return starter;
  }

  /**
   * Loads the starter library on {@code em}, as the server does at start when the library is empty.
   */
  public static void loadStarterLibrary(EntityManager em) {
    starter(em).load();
  }
}
