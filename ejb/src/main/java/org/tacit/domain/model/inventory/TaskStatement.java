package org.tacit.domain.model.inventory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Task statements match regardless of letter case and spacing, as the import contract compares
 * them.
 */
public final class TaskStatement {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TaskStatement() {}

  /** What two statements share when they name the same task. */
  public static String key(String statement) {
    return SPACES.matcher(statement.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
