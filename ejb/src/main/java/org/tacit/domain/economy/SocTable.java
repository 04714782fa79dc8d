package org.tacit.domain.economy;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A published number per SOC occupation, by SOC code in code order: US employment (BLS OEWS May
 * 2024, SOC-2018), Frey and Osborne's probability of computerisation (2013, SOC-2010) or
 * Microsoft's AI applicability (2025, SOC-2018). {@code infrastructure/reference} reads the tables
 * the product bundles.
 */
public record SocTable(String name, Map<String, Double> bySoc) {

  public SocTable {
    bySoc = Collections.unmodifiableMap(new TreeMap<>(bySoc));
  }

  public Optional<Double> of(String soc) {
    return Optional.ofNullable(bySoc.get(soc));
  }

  /** The SOC code of an O*NET-SOC code: 15-1252.00 and 15-1252.01 are both 15-1252. */
  public static String soc(String onetCode) {
    return onetCode.substring(0, 7);
  }

  /**
   * The SOC group BLS publishes some detailed occupations under when it cannot tell them apart:
   * 13-1021, 13-1022 and 13-1023 together as 13-1020 (the broad occupation, its last digit 0).
   */
  public static String broadGroup(String soc) {
    return soc.substring(0, 6) + "0";
  }
}
