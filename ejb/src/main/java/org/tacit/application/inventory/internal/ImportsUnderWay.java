package org.tacit.application.inventory.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportProgress.Phase;

/**
 * The imports this server works on, and how far each has got, from its claim until it ends. The
 * cluster's watch writes what is here onto each import's record every two seconds ({@link
 * WatchedImports#beat()}), as its heartbeat and its progress, whatever the import is doing
 * meanwhile: a long flush or commit between two progress reports does not make it look dead.
 */
@ApplicationScoped
public class ImportsUnderWay {

  /** How far one import has got. */
  record Step(Phase phase, int done, int total) {}

  private final Map<Long, Step> working = new ConcurrentHashMap<>();

  void begin(long id) {
    working.put(id, new Step(Phase.READING, 0, ImportProgress.UNKNOWN_TOTAL));
  }

  void advanced(long id, Phase phase, int done, int total) {
    working.computeIfPresent(id, (key, step) -> new Step(phase, done, total));
  }

  void end(long id) {
    working.remove(id);
  }

  /** Each import this server works on, as it has got. */
  Map<Long, Step> working() {
    return Map.copyOf(working);
  }
}
