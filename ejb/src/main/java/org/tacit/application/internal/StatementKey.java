package org.tacit.application.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Task statements match regardless of letter case and spacing, as the import contract compares them. */
final class StatementKey {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private StatementKey() {}

  static String of(String statement) {
    return SPACES.matcher(statement.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
