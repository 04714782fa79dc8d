package org.tacit.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The lines written to the security event trail during one test, for tests that check a service
 * records its events: {@code @RegisterExtension final SecurityEvents events = new SecurityEvents();}.
 */
public final class SecurityEvents implements BeforeEachCallback, AfterEachCallback {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  /**
   * Held here: the log manager keeps loggers only weakly, so one named before {@link SecurityLog}
   * holds it could be collected, handler and all, and the trail go to a fresh logger unheard.
   */
  private final Logger trail = Logger.getLogger(SecurityLog.LOGGER);
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @Override
  public void beforeEach(ExtensionContext context) {
    lines.clear();
    trail.addHandler(handler);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    trail.removeHandler(handler);
  }

  /** The lines so far, oldest first. */
  public List<String> lines() {
    return List.copyOf(lines);
  }
}
