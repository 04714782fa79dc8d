package org.tacit.application.library.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.LibraryLoader;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OccupationTaskDraft;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Replaces the library with a release, in the caller's transaction. Rows go to the database in
 * batches, the persistence context emptied after each, so that 19,000 tasks load in seconds and in
 * little memory.
 */
@Dependent
public class LibraryWriter implements LibraryLoader {

  /** As hibernate.jdbc.batch_size, so that each flush sends full batches. */
  private static final int BATCH = 500;

  @Inject OccupationRepository library;

  LibraryWriter() {} // for CDI

  /** For code that owns its persistence context, such as the benchmarks. */
  public LibraryWriter(OccupationRepository library) {
    this.library = library;
  }

  @Override
  public LibraryImportReport replace(
      LibraryDraft draft, OccupationProfiles profiles, String actor, Instant at) {
    library.clear();
    library.add(new LibraryRelease(draft.release(), at, actor));
    int pending = 1;
    for (OccupationDraft d : draft.occupations()) {
      Occupation occupation =
          d.toOccupation(
              profiles.workContext(d.title()).orElse(null),
              profiles.activeLearning(d.title()).orElse(null));
      library.add(occupation);
      for (OccupationTaskDraft task : d.tasks()) {
        library.add(task.toTask(occupation));
      }
      pending += 1 + d.tasks().size();
      if (pending >= BATCH) {
        library.flushAndClear(); // between occupations, so that each task's occupation is still
        // managed
        pending = 0;
      }
    }
    library.flushAndClear();
    return new LibraryImportReport(
        draft.release(), draft.occupations().size(), draft.taskCount(), draft.ratedTaskCount());
  }
}
