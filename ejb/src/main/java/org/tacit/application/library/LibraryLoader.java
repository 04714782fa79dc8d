package org.tacit.application.library;

import java.time.Instant;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.infrastructure.onet.OccupationProfiles;

/** Replaces the stored O*NET library by a release, for loaders at start-up. */
public interface LibraryLoader {

  /** The library becomes {@code draft}, its occupations described by {@code profiles}. */
  LibraryImportReport replace(
      LibraryDraft draft, OccupationProfiles profiles, String actor, Instant at);
}
