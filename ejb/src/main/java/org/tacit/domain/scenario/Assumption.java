package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One assumption of a scenario as a person edits it: the value in use, the default it departs from
 * (or not) and the facts its source names, so a page can say "12 months (default 7 months, METR
 * 2025)". Which assumption it is, and its words, are its {@link ScenarioAssumption}.
 *
 * @param sourceFacts what fills the sentence on the default's source, such as the number of
 *     measurements a fitted trend rests on; most sources need none
 */
public record Assumption<T>(T value, T defaultValue, List<Object> sourceFacts) {

  public Assumption {
    requireNonNull(value, "value");
    requireNonNull(defaultValue, "defaultValue");
    sourceFacts = List.copyOf(sourceFacts);
  }

  /** An assumption at its default. */
  public static <T> Assumption<T> byDefault(T defaultValue, Object... sourceFacts) {
    return new Assumption<>(defaultValue, defaultValue, List.of(sourceFacts));
  }

  /** The same assumption with another value; the default and its source stay beside it. */
  public Assumption<T> with(T other) {
    return new Assumption<>(other, defaultValue, sourceFacts);
  }

  public boolean isDefault() {
    return value.equals(defaultValue);
  }
}
