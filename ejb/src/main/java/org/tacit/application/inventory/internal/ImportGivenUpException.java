package org.tacit.application.inventory.internal;

/**
 * The import's server was taken for dead and its import failed by another server, before the import
 * could mark itself done: its transaction must roll back, so that it stores nothing.
 */
class ImportGivenUpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ImportGivenUpException(long id) {
    super("Import " + id + " was given up by another server while it ran; nothing is stored.");
  }
}
