package org.tacit.infrastructure.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A published number per SOC occupation, by SOC code in code order: US employment (BLS OEWS May
 * 2024, SOC-2018), Frey and Osborne's probability of computerisation (2013, SOC-2010) or
 * Microsoft's AI applicability (2025, SOC-2018). The files ship with the product, so a missing or
 * unreadable one is a broken build, not a user's problem.
 */
public record SocTable(String name, Map<String, Double> bySoc) {

  public SocTable {
    bySoc = Collections.unmodifiableMap(new TreeMap<>(bySoc));
  }

  public static SocTable employment() {
    return bundled("BLS OEWS May 2024 employment", "reference/bls-oes-2024-employment.csv", "soc_2018",
        "total_employment");
  }

  public static SocTable freyOsborne() {
    return bundled("Frey and Osborne 2013", "reference/frey-osborne-2013.csv", "SOC code", "Probability");
  }

  public static SocTable microsoftApplicability() {
    return bundled("Microsoft AI applicability 2025", "reference/microsoft-ai-applicability-2025.csv", "SOC Code",
        "ai_applicability_score");
  }

  /** A table from CSV text with a header naming the code and value columns. */
  public static SocTable read(String name, Reader csv, String codeColumn, String valueColumn) throws IOException {
    Map<String, Double> values = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : format.parse(csv)) {
      values.put(r.get(codeColumn).strip(), Double.valueOf(r.get(valueColumn).strip()));
    }
    return new SocTable(name, values);
  }

  private static SocTable bundled(String name, String resource, String codeColumn, String valueColumn) {
    try (InputStream in = SocTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path.");
      }
      return read(name, new InputStreamReader(in, UTF_8), codeColumn, valueColumn);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
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
