package org.tacit.application.access;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security event trail (ASVS V7): who did what to which object, the outcome, the client's
 * address and the UTC time, one line per event on the dedicated logger {@value #LOGGER}, so that an
 * operator can route it to its own file or SIEM. Nothing secret is ever passed here: no tokens, no
 * passwords, no file contents.
 *
 * <p>Values are quoted and stripped of line breaks and control characters, so that user text (a
 * file name, a scenario name) cannot forge a second line in the trail.
 */
public final class SecurityLog {

  public static final String LOGGER = "tacit.security";

  private static final Logger LOG = Logger.getLogger(LOGGER);
  private static final int MAX_VALUE = 200;
  private static final ThreadLocal<String> CLIENT = new ThreadLocal<>();
  private static volatile Clock clock = Clock.systemUTC();

  /** How an event ended. */
  public enum Outcome {
    SUCCESS,
    REFUSED,
    FAILED
  }

  private SecurityLog() {}

  /**
   * The client address of the request this thread serves; set by the web layer for the length of
   * one request, so that events raised in services carry it too.
   */
  public static void enterRequest(String clientAddress) {
    CLIENT.set(clientAddress);
  }

  public static void leaveRequest() {
    CLIENT.remove();
  }

  public static Optional<String> clientAddress() {
    return Optional.ofNullable(CLIENT.get());
  }

  /**
   * Records an event: {@code action} is a short fixed word such as {@code import} or {@code
   * sign-in}.
   */
  public static void record(
      String user, String action, String object, Outcome outcome, String detail) {
    Level level = outcome == Outcome.SUCCESS ? Level.INFO : Level.WARNING;
    if (LOG.isLoggable(level)) {
      LOG.log(
          level,
          line(
              user, action, object, outcome, detail, clientAddress().orElse("-"), clock.instant()));
    }
  }

  public static void success(String user, String action, String object) {
    record(user, action, object, Outcome.SUCCESS, null);
  }

  public static void refused(String user, String action, String object, String reason) {
    record(user, action, object, Outcome.REFUSED, reason);
  }

  /** One line of the trail; public for its tests and for anyone reading the format. */
  public static String line(
      String user,
      String action,
      String object,
      Outcome outcome,
      String detail,
      String client,
      Instant time) {
    StringBuilder line =
        new StringBuilder(160)
            .append("time=")
            .append(time.truncatedTo(ChronoUnit.MILLIS))
            .append(" user=")
            .append(quoted(user == null || user.isEmpty() ? "-" : user))
            .append(" action=")
            .append(quoted(action))
            .append(" object=")
            .append(quoted(object == null ? "-" : object))
            .append(" outcome=")
            .append(outcome.name().toLowerCase())
            .append(" client=")
            .append(quoted(client));
    if (detail != null && !detail.isEmpty()) {
      line.append(" detail=").append(quoted(detail));
    }
    return line.toString();
  }

  /** Double-quoted, with quotes and backslashes escaped and control characters replaced. */
  static String quoted(String value) {
    String text = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append('?');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  /** For tests: a fixed clock. */
  static void useClock(Clock fixed) {
    clock = fixed;
  }
}
