package org.tacit.application.inventory;

import java.io.Serializable;
import java.util.OptionalInt;
import org.tacit.domain.model.inventory.imports.ImportProgress;

/**
 * The latest progress of one import, for a page that polls it while the import runs on another
 * thread. Only the latest step is kept, and reading it never waits for the import.
 */
public final class ImportWatch implements ImportProgress, Serializable {

  private static final long serialVersionUID = 1L;

  /** One moment of an import, as a page shows it: "Writing: 40,000 of 100,000 tasks". */
  public record Step(Phase phase, int done, int total) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far the phase has got, 0–100; empty while reading, when the total is not known yet. */
    public OptionalInt percent() {
      return total <= 0 ? OptionalInt.empty() : OptionalInt.of((int) (100L * done / total));
    }
  }

  private volatile Step latest = new Step(Phase.READING, 0, UNKNOWN_TOTAL);

  @Override
  public void advanced(Phase phase, int done, int total) {
    latest = new Step(phase, done, total);
  }

  public Step latest() {
    return latest;
  }
}
