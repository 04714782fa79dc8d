package org.tacit.benchmarks;

import java.util.Map;

/**
 * The major groups of the 2018 SOC, by the two digits an O*NET code starts with (BLS, public
 * domain).
 */
final class SocGroups {

  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("11", "Management"),
          Map.entry("13", "Business and Financial Operations"),
          Map.entry("15", "Computer and Mathematical"),
          Map.entry("17", "Architecture and Engineering"),
          Map.entry("19", "Life, Physical, and Social Science"),
          Map.entry("21", "Community and Social Service"),
          Map.entry("23", "Legal"),
          Map.entry("25", "Educational Instruction and Library"),
          Map.entry("27", "Arts, Design, Entertainment, Sports, and Media"),
          Map.entry("29", "Healthcare Practitioners and Technical"),
          Map.entry("31", "Healthcare Support"),
          Map.entry("33", "Protective Service"),
          Map.entry("35", "Food Preparation and Serving Related"),
          Map.entry("37", "Building and Grounds Cleaning and Maintenance"),
          Map.entry("39", "Personal Care and Service"),
          Map.entry("41", "Sales and Related"),
          Map.entry("43", "Office and Administrative Support"),
          Map.entry("45", "Farming, Fishing, and Forestry"),
          Map.entry("47", "Construction and Extraction"),
          Map.entry("49", "Installation, Maintenance, and Repair"),
          Map.entry("51", "Production"),
          Map.entry("53", "Transportation and Material Moving"),
          Map.entry("55", "Military Specific"));

  private SocGroups() {}

  static String title(String twoDigits) {
    return TITLES.getOrDefault(twoDigits, "SOC " + twoDigits);
  }
}
