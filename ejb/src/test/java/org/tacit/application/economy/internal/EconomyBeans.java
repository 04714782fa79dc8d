package org.tacit.application.economy.internal;

import org.tacit.infrastructure.persistence.OccupationRepository;

/** The US economy's cache wired by hand, as the container would wire it. */
public final class EconomyBeans {

  private EconomyBeans() {}

  /** A cache that reads the library through {@code library} from now on. */
  public static EconomyCache reading(EconomyCache cache, OccupationRepository library) {
    cache.library = library;
    return cache;
  }
}
