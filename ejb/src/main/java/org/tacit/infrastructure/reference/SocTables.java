package org.tacit.infrastructure.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tacit.domain.economy.SocTable;

/**
 * Reads the published numbers per SOC occupation the product bundles (US employment, Frey and
 * Osborne, Microsoft's AI applicability). The files ship with the product, so a missing or
 * unreadable one is a broken build, not a user's problem.
 */
public final class SocTables {

  private SocTables() {}

  public static SocTable employment() {
    return bundled(
        "BLS OEWS May 2024 employment",
        "reference/bls-oes-2024-employment.csv",
        "soc_2018",
        "total_employment");
  }

  public static SocTable freyOsborne() {
    return bundled(
        "Frey and Osborne 2013", "reference/frey-osborne-2013.csv", "SOC code", "Probability");
  }

  public static SocTable microsoftApplicability() {
    return bundled(
        "Microsoft AI applicability 2025",
        "reference/microsoft-ai-applicability-2025.csv",
        "SOC Code",
        "ai_applicability_score");
  }

  /** A table from CSV text with a header naming the code and value columns. */
  public static SocTable read(String name, Reader csv, String codeColumn, String valueColumn)
      throws IOException {
    Map<String, Double> values = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : format.parse(csv)) {
      values.put(r.get(codeColumn).strip(), Double.valueOf(r.get(valueColumn).strip()));
    }
    return new SocTable(name, values);
  }

  private static SocTable bundled(
      String name, String resource, String codeColumn, String valueColumn) {
    try (InputStream in = SocTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path.");
      }
      return read(name, new InputStreamReader(in, UTF_8), codeColumn, valueColumn);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }
}
