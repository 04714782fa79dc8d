package org.tacit.web.assessment;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many tasks went from each class (rows) to each class (columns), cut down to the classes that
 * occur on either side, so a matrix of five classes shows two rows when only two are in play.
 */
public final class TransitionMatrix implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, Map<String, Integer>> counts;
  private final List<String> classes;

  /**
   * @param counts for each class before, the tasks in each class after, in the services' class
   *     order
   */
  public TransitionMatrix(Map<String, Map<String, Integer>> counts) {
    this.counts = new LinkedHashMap<>();
    counts.forEach((from, row) -> this.counts.put(from, new LinkedHashMap<>(row)));
    Set<String> names = new LinkedHashSet<>(counts.keySet());
    counts.values().forEach(row -> names.addAll(row.keySet()));
    this.classes =
        names.stream()
            .filter(
                c -> names.stream().anyMatch(other -> count(c, other) > 0 || count(other, c) > 0))
            .toList();
  }

  /** The classes in play, in the order the service gave them: the rows and the columns alike. */
  public List<String> getClasses() {
    return classes;
  }

  public int count(String from, String to) {
    return counts.getOrDefault(from, Map.of()).getOrDefault(to, 0);
  }

  public boolean isBlank() {
    return classes.isEmpty();
  }
}
