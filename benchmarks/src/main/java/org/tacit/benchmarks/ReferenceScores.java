package org.tacit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A published score per SOC occupation, as bundled in {@code reference/} of the product (see its
 * README): Frey and Osborne's probability of computerisation (SOC-2010) or Microsoft's AI
 * applicability (SOC-2018). Sorted by SOC code, so that every run reads them in the same order.
 */
record ReferenceScores(String name, Map<String, Double> bySoc, Map<String, String> titles) {

  static ReferenceScores freyOsborne() throws IOException {
    return read(
        "Frey and Osborne 2013",
        "reference/frey-osborne-2013.csv",
        "SOC code",
        "Probability",
        "Occupation");
  }

  static ReferenceScores microsoft() throws IOException {
    return read(
        "Microsoft AI applicability 2025",
        "reference/microsoft-ai-applicability-2025.csv",
        "SOC Code",
        "ai_applicability_score",
        "title");
  }

  private static ReferenceScores read(
      String name, String resource, String code, String score, String title) throws IOException {
    Map<String, Double> scores = new TreeMap<>();
    Map<String, String> titles = new TreeMap<>();
    try (InputStream in = ReferenceScores.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path.");
      }
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, UTF_8))) {
        scores.put(r.get(code).strip(), Double.valueOf(r.get(score)));
        titles.put(r.get(code).strip(), r.get(title).strip());
      }
    }
    return new ReferenceScores(name, scores, titles);
  }

  /** The SOC code of an O*NET-SOC code: 15-1252.00 and 15-1252.01 are both 15-1252. */
  static String soc(String onetSoc) {
    return onetSoc.substring(0, 7);
  }
}
