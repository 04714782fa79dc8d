package org.tacit.domain.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A scenario applied to a workforce: each role's figures year by year, and the same for any group
 * of roles (a department with or without the departments below it, the organisation). A group's
 * figures are the sums of its roles', so capture is decided within each role: hours freed in
 * fragments of many roles do not add up to whole FTE.
 */
public final class SubstitutionEstimate {

  private final Scenario scenario;
  private final Map<Long, SortedMap<Integer, Figures>> byRole;

  SubstitutionEstimate(Scenario scenario, Map<Long, SortedMap<Integer, Figures>> byRole) {
    this.scenario = scenario;
    Map<Long, SortedMap<Integer, Figures>> copy = new LinkedHashMap<>();
    byRole.forEach(
        (role, years) -> copy.put(role, Collections.unmodifiableSortedMap(new TreeMap<>(years))));
    this.byRole = Collections.unmodifiableMap(copy);
  }

  public Scenario scenario() {
    return scenario;
  }

  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (int year = scenario.firstYear().value(); year <= scenario.lastYear().value(); year++) {
      years.add(year);
    }
    return years;
  }

  /** One role's figures by year. */
  public SortedMap<Integer, Figures> role(long roleId) {
    SortedMap<Integer, Figures> years = byRole.get(roleId);
    if (years == null) {
      throw new IllegalArgumentException("No role " + roleId + " in this estimate.");
    }
    return years;
  }

  public Collection<Long> roleIds() {
    return byRole.keySet();
  }

  /** The figures of these roles together, by year. */
  public SortedMap<Integer, Figures> combined(Collection<Long> roleIds) {
    SortedMap<Integer, Figures> years = new TreeMap<>();
    for (int year : years()) {
      List<Figures> parts = new ArrayList<>(roleIds.size());
      for (long roleId : roleIds) {
        parts.add(role(roleId).get(year));
      }
      years.put(year, Figures.combine(year, parts));
    }
    return Collections.unmodifiableSortedMap(years);
  }

  /**
   * The figures of these roles together in one year: what a headline reads, without the other
   * years.
   */
  public Figures combinedIn(Collection<Long> roleIds, int year) {
    List<Figures> parts = new ArrayList<>(roleIds.size());
    for (long roleId : roleIds) {
      parts.add(role(roleId).get(year));
    }
    return Figures.combine(year, parts);
  }

  /** Every role together. */
  public SortedMap<Integer, Figures> organisation() {
    return combined(byRole.keySet());
  }

  /**
   * The roles grouped by a key (such as their department), each group's figures by year, in the
   * order the groups first appear. Roles whose key is null belong to no group.
   */
  public <K> Map<K, SortedMap<Integer, Figures>> groupedBy(Function<Long, K> groupOfRole) {
    Map<K, List<Long>> groups = new LinkedHashMap<>();
    for (long roleId : byRole.keySet()) {
      K key = groupOfRole.apply(roleId);
      if (key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(roleId);
      }
    }
    Map<K, SortedMap<Integer, Figures>> figures = new LinkedHashMap<>();
    groups.forEach((key, roles) -> figures.put(key, combined(roles)));
    return Collections.unmodifiableMap(figures);
  }
}
