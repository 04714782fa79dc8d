package org.tacit.application.inventory.internal;

import org.tacit.domain.model.inventory.imports.ImportProgress;

/**
 * An import's progress, told to this server's board of imports under way ({@link ImportsUnderWay}),
 * from which the cluster's watch writes it onto the import's record every two seconds as its
 * heartbeat; and to whoever else watches it on this server.
 */
final class ImportHeartbeat implements ImportProgress {

  private final long id;
  private final ImportsUnderWay board;
  private final ImportProgress watcher;

  ImportHeartbeat(long id, ImportsUnderWay board, ImportProgress watcher) {
    this.id = id;
    this.board = board;
    this.watcher = watcher;
  }

  @Override
  public void advanced(Phase phase, int done, int total) {
    board.advanced(id, phase, done, total);
    watcher.advanced(phase, done, total);
  }
}
