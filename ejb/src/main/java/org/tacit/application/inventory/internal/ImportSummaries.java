package org.tacit.application.inventory.internal;

import org.tacit.application.access.CallerScope;
import org.tacit.application.inventory.ImportSummary;
import org.tacit.domain.model.inventory.FileImport;

/** An import's record as its reader may see it: only the departments they may read. */
final class ImportSummaries {

  private ImportSummaries() {}

  static ImportSummary of(FileImport recorded, CallerScope reader) {
    return new ImportSummary(
        recorded.id(),
        recorded.fileName(),
        recorded.state(),
        recorded.phase(),
        recorded.rowsDone(),
        recorded.rowsTotal(),
        recorded.startedAt(),
        recorded.finishedAt().orElse(null),
        recorded.tasksImported(),
        recorded.departments().stream().filter(reader::mayRead).toList(),
        recorded.reason().orElse(null));
  }
}
