package org.tacit.domain.economy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How US employment divides over O*NET occupations. An occupation takes the employment of its SOC
 * code ({@code 15-1252.00} → {@code 15-1252}), or, where BLS publishes the code only within its
 * broad group ({@code 13-1021} within {@code 13-1020}), of that group. The O*NET occupations that
 * take one code's employment share it equally: O*NET splits a SOC code into specialties ({@code
 * 11-1011.00} chief executives, {@code 11-1011.03} chief sustainability officers) without saying
 * how many people each employs, and an equal split claims nothing it does not know. An occupation
 * whose code BLS does not report is left out, and so is the employment of codes no occupation
 * takes.
 */
public final class EmploymentWeights {

  /** An occupation's part of the employment of {@code soc}, persons. */
  public record Weight(String onetCode, String soc, double employment) {}

  private final Map<String, Weight> weights;
  private final List<String> withoutEmployment;
  private final double employment;
  private final double employmentCounted;

  private EmploymentWeights(
      Map<String, Weight> weights,
      List<String> withoutEmployment,
      double employment,
      double employmentCounted) {
    this.weights = Collections.unmodifiableMap(weights);
    this.withoutEmployment = List.copyOf(withoutEmployment);
    this.employment = employment;
    this.employmentCounted = employmentCounted;
  }

  /** The weights of {@code onetCodes}, from the employment by SOC code in {@code employment}. */
  public static EmploymentWeights of(Collection<String> onetCodes, SocTable employment) {
    Map<String, List<String>> takers = new TreeMap<>();
    List<String> without = new ArrayList<>();
    for (String code : new TreeSet<>(onetCodes)) {
      String soc = SocTable.soc(code);
      String source =
          employment.bySoc().containsKey(soc)
              ? soc
              : employment.bySoc().containsKey(SocTable.broadGroup(soc))
                  ? SocTable.broadGroup(soc)
                  : null;
      if (source == null) {
        without.add(code);
      } else {
        takers.computeIfAbsent(source, s -> new ArrayList<>()).add(code);
      }
    }
    Map<String, Weight> weights = new TreeMap<>();
    double counted = 0;
    for (var taken : takers.entrySet()) {
      double persons = employment.bySoc().get(taken.getKey());
      counted += persons;
      taken
          .getValue()
          .forEach(
              code ->
                  weights.put(
                      code, new Weight(code, taken.getKey(), persons / taken.getValue().size())));
    }
    double all = employment.bySoc().values().stream().mapToDouble(Double::doubleValue).sum();
    return new EmploymentWeights(new LinkedHashMap<>(weights), without, all, counted);
  }

  /** Each occupation that takes employment, by O*NET code in code order. */
  public Map<String, Weight> weights() {
    return weights;
  }

  /** O*NET codes whose SOC code BLS does not report, in code order. */
  public List<String> withoutEmployment() {
    return withoutEmployment;
  }

  /** All employment in the table, persons. */
  public double employment() {
    return employment;
  }

  /** The employment the weighted occupations carry. */
  public double employmentCounted() {
    return employmentCounted;
  }
}
