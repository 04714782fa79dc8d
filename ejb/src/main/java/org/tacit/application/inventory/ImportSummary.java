package org.tacit.application.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.tacit.domain.model.inventory.FileImport.State;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

/**
 * One of a person's imports as the database holds it, so that any server shows it: how far it has
 * got while it runs ("Writing: 40,000 of 100,000 tasks"), and how it ended.
 *
 * @param fileName as the person's browser named it: their text, to be shown encoded
 * @param total task rows to write, or {@link ImportProgress#UNKNOWN_TOTAL} while reading
 * @param finishedAt null while running
 * @param departments the codes of the departments it changed that the reader may read
 * @param reason why it failed, null unless it did
 */
public record ImportSummary(
    long id,
    String fileName,
    State state,
    ImportProgress.Phase phase,
    int done,
    int total,
    Instant startedAt,
    Instant finishedAt,
    int tasks,
    List<String> departments,
    Sentence reason)
    implements Serializable {

  /** The bundle's key for an import whose server stopped: nothing was stored, send it again. */
  public static final String SERVER_STOPPED = "import.reason.serverStopped";

  public ImportSummary {
    departments = List.copyOf(departments);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Failed because its server stopped, rather than because of the file. */
  public boolean interrupted() {
    return state == State.FAILED && reason != null && SERVER_STOPPED.equals(reason.key());
  }

  /** How far the phase has got, 0–100; empty while reading, when the total is not known yet. */
  public OptionalInt percent() {
    return total <= 0 ? OptionalInt.empty() : OptionalInt.of((int) (100L * done / total));
  }
}
