package org.tacit.infrastructure.onet;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tacit.domain.model.library.WorkContext;

/**
 * What the product ships about occupations beyond the release: work context (degree of automation,
 * importance of being exact, of repeating the same tasks, structured versus unstructured work) and
 * the importance of Active Learning, both from O*NET rescaled to 0–1 and 0–100 by Eloundou et al.
 * (2023, MIT licence; see {@code onet/README.md}). The tables name occupations by title, so they
 * also fit a newer release wherever a title is unchanged.
 */
public final class OccupationProfiles {

  static final String WORK_CONTEXT = "onet/work-context-by-occupation.csv";
  static final String BASIC_SKILLS = "onet/basic-skills-by-occupation.csv";

  private final Map<String, WorkContext> contexts = new HashMap<>();
  private final Map<String, Integer> activeLearning = new HashMap<>();

  private OccupationProfiles() {}

  /** The tables bundled on the class path. */
  public static OccupationProfiles bundled() throws IOException {
    try (InputStream context = resource(WORK_CONTEXT);
        InputStream skills = resource(BASIC_SKILLS)) {
      return read(new InputStreamReader(context, UTF_8), new InputStreamReader(skills, UTF_8));
    }
  }

  static OccupationProfiles read(Reader workContext, Reader basicSkills) throws IOException {
    OccupationProfiles profiles = new OccupationProfiles();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : format.parse(workContext)) {
      profiles.contexts.put(
          key(r.get("occupation")),
          new WorkContext(
              new BigDecimal(r.get("degree_of_automation_context")),
              new BigDecimal(r.get("importance_of_being_exact_or_accurate_context")),
              new BigDecimal(r.get("importance_of_repeating_same_tasks_context")),
              new BigDecimal(r.get("structured_versus_unstructured_work_context"))));
    }
    for (CSVRecord r : format.parse(basicSkills)) {
      profiles.activeLearning.put(
          key(r.get("Occupation")), Integer.valueOf(r.get("Active_Learning_Importance")));
    }
    return profiles;
  }

  public Optional<WorkContext> workContext(String occupationTitle) {
    return Optional.ofNullable(contexts.get(key(occupationTitle)));
  }

  /** The importance of Active Learning, 0–100. */
  public Optional<Integer> activeLearning(String occupationTitle) {
    return Optional.ofNullable(activeLearning.get(key(occupationTitle)));
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = OccupationProfiles.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path.");
    }
    return in;
  }
}
