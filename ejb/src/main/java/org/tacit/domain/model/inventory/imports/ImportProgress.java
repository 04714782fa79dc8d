package org.tacit.domain.model.inventory.imports;

/**
 * Someone watching a long import, such as a page that shows how far it has got. It is told every so
 * many rows, on the thread that imports and, while writing, inside its transaction: it must return
 * at once, and it cannot stop the import.
 */
@FunctionalInterface
public interface ImportProgress {

  /** Reading checks every row as it goes; writing stores the draft of a valid file. */
  enum Phase {
    READING,
    WRITING
  }

  /** The total while reading: how many rows a file has is known only once it is read to the end. */
  int UNKNOWN_TOTAL = -1;

  /** Nobody is watching. */
  ImportProgress NONE = (phase, done, total) -> {};

  /**
   * @param done task rows read, or task rows written, so far
   * @param total task rows to write, or {@link #UNKNOWN_TOTAL} until the file has been read
   */
  void advanced(Phase phase, int done, int total);
}
