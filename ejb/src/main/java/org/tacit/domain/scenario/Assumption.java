package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

/**
 * One assumption of a scenario as a person edits it: the value in use, the default it departs from
 * (or not) and where that default comes from, so a page can say "12 months (default 7 months, METR
 * 2025)".
 *
 * @param name what is assumed, in words a board reads
 * @param source the evidence or reasoning behind the default, one line
 */
public record Assumption<T>(String name, T value, T defaultValue, String source) {

  public Assumption {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(source, "source");
  }

  /** An assumption at its default. */
  public static <T> Assumption<T> byDefault(String name, T defaultValue, String source) {
    return new Assumption<>(name, defaultValue, defaultValue, source);
  }

  /** The same assumption with another value; the default and its source stay beside it. */
  public Assumption<T> with(T other) {
    return new Assumption<>(name, other, defaultValue, source);
  }

  public boolean isDefault() {
    return value.equals(defaultValue);
  }
}
