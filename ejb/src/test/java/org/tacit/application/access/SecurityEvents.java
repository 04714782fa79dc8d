package org.tacit.application.access;

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
 * records its events: {@code @RegisterExtension final SecurityEvents events = new
 * SecurityEvents();}.
 */
public final class SecurityEvents implements BeforeEachCallback, AfterEachCallback {

  /**
   * Held here: the log manager keeps loggers only weakly, so before SecurityLog is loaded a
   * collection could drop the one this handler is added to, and SecurityLog would get a new one.
   */
  private static final Logger TRAIL = Logger.getLogger(SecurityLog.LOGGER);

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
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
    TRAIL.addHandler(handler);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TRAIL.removeHandler(handler);
  }

  /** The lines so far, oldest first. */
  public List<String> lines() {
    return List.copyOf(lines);
  }
}
