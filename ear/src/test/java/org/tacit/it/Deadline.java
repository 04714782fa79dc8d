package org.tacit.it;

import java.time.Duration;
import org.openqa.selenium.support.ui.FluentWait;

/** Polls a check until it holds, failing with {@code what} when the deadline passes first. */
final class Deadline {

  interface Check {
    boolean holds() throws Exception;
  }

  private Deadline() {}

  static void within(Duration deadline, String what, Check check) {
    new FluentWait<>(check)
        .withTimeout(deadline)
        .pollingEvery(Duration.ofMillis(250))
        .withMessage(what)
        .until(
            c -> {
              try {
                return c.holds();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }
}
