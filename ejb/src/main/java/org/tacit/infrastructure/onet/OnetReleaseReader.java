package org.tacit.infrastructure.onet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OccupationTaskDraft;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskRating;
import org.tacit.domain.model.library.TaskType;

/**
 * Reads the official O*NET text release, as a folder or as the ZIP O*NET publishes: occupations,
 * task statements, job zones, on-the-job training (scale OJ of the education, training and
 * experience file) and, when present, the task ratings and the tasks' detailed work activities
 * ({@code Tasks to DWAs.txt} with {@code DWA Reference.txt}; without both, tasks have no activity
 * profile). Every other file is left unread. All required files are checked before any is read, so
 * a wrong upload is refused at once, and so is a ZIP past the {@link ReleaseLimits}.
 */
public final class OnetReleaseReader {

  static final String OCCUPATIONS = "Occupation Data.txt";
  static final String TASKS = "Task Statements.txt";
  static final String JOB_ZONES = "Job Zones.txt";
  static final String TRAINING = "Education, Training, and Experience.txt";
  private static final List<String> REQUIRED = List.of(OCCUPATIONS, TASKS, JOB_ZONES, TRAINING);
  private static final String CODE = "O*NET-SOC Code";
  private static final Pattern NAMED = Pattern.compile("O\\*NET\\s+(\\d+\\.\\d+)");
  private static final Pattern FOLDER = Pattern.compile("db_(\\d+)_(\\d+)");

  private final ReleaseLimits limits;

  public OnetReleaseReader() {
    this(ReleaseLimits.defaults());
  }

  public OnetReleaseReader(ReleaseLimits limits) {
    this.limits = limits;
  }

  public LibraryDraft read(Path dirOrZip) throws IOException {
    try (ReleaseFiles files = ReleaseFiles.of(dirOrZip, limits)) {
      List<String> missing = new ArrayList<>();
      for (String name : REQUIRED) {
        if (!files.has(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw OnetReleaseException.saying("incomplete", String.join(", ", missing));
      }
      Map<String, Integer> zones = new HashMap<>();
      read(
          files,
          JOB_ZONES,
          List.of(CODE, "Job Zone"),
          row -> zones.put(row.code(), row.whole("Job Zone")));
      Map<String, List<BigDecimal>> training = new HashMap<>();
      read(
          files,
          TRAINING,
          List.of(CODE, "Scale ID", "Category", "Data Value"),
          row -> addTraining(row, training));
      Map<String, TaskRating> ratings = Map.of();
      Optional<InputStream> ratingsFile = files.open(TaskRatingsFile.NAME);
      if (ratingsFile.isPresent()) {
        ratings = TaskRatingsFile.read(ratingsFile.get());
      }
      Map<String, ActivityProfile> activities = TaskActivitiesFile.read(files);
      Map<String, List<OccupationTaskDraft>> tasks = tasks(files, ratings, activities);
      Map<String, OccupationDraft> occupations = new LinkedHashMap<>();
      read(
          files,
          OCCUPATIONS,
          List.of(CODE, "Title", "Description"),
          row -> {
            OccupationDraft occupation =
                new OccupationDraft(
                    row.code(),
                    row.text("Title"),
                    row.text("Description"),
                    zones.get(row.code()),
                    Optional.ofNullable(training.get(row.code()))
                        .flatMap(OnTheJobTraining::medianOf)
                        .orElse(null),
                    tasks.getOrDefault(row.code(), List.of()));
            if (occupations.putIfAbsent(occupation.code(), occupation) != null) {
              throw row.problem("repeatedOccupation", occupation.code());
            }
          });
      return new LibraryDraft(releaseName(files), List.copyOf(occupations.values()));
    }
  }

  private static Map<String, List<OccupationTaskDraft>> tasks(
      ReleaseFiles files, Map<String, TaskRating> ratings, Map<String, ActivityProfile> activities)
      throws IOException {
    Map<String, List<OccupationTaskDraft>> tasks = new HashMap<>();
    read(
        files,
        TASKS,
        List.of(CODE, "Task ID", "Task", "Task Type"),
        row -> {
          long id = row.whole("Task ID");
          tasks
              .computeIfAbsent(row.code(), code -> new ArrayList<>())
              .add(
                  new OccupationTaskDraft(
                      id,
                      row.text("Task"),
                      TaskType.ofLabel(row.text("Task Type")).orElse(null),
                      ratings.getOrDefault(TaskRatingsFile.key(row.code(), id), TaskRating.UNKNOWN),
                      activities.getOrDefault(
                          TaskRatingsFile.key(row.code(), id), ActivityProfile.NONE)));
        });
    return tasks;
  }

  /** The nine OJ percentages of each occupation, in category order. */
  private static void addTraining(TabFile.Row row, Map<String, List<BigDecimal>> training) {
    if (!row.text("Scale ID").equals("OJ")) {
      return;
    }
    int category = row.whole("Category");
    if (category < 1 || category > OnTheJobTraining.values().length) {
      throw row.problem("trainingCategory", String.valueOf(category));
    }
    List<BigDecimal> percentages =
        training.computeIfAbsent(
            row.code(),
            code ->
                new ArrayList<>(
                    Collections.nCopies(OnTheJobTraining.values().length, BigDecimal.ZERO)));
    percentages.set(category - 1, row.number("Data Value").orElse(BigDecimal.ZERO));
  }

  static void read(
      ReleaseFiles files, String name, List<String> columns, Consumer<TabFile.Row> records)
      throws IOException {
    try (InputStream in = files.open(name).orElseThrow()) {
      TabFile.read(name, in, columns, records, files.limits());
    }
  }

  /** "O*NET 27.0" from the release's Read Me, else from a folder named like db_27_0_text. */
  private static String releaseName(ReleaseFiles files) throws IOException {
    Optional<InputStream> readMe = files.open("Read Me.txt");
    if (readMe.isPresent()) {
      try (Lines lines =
          new Lines(
              new InputStreamReader(readMe.get(), StandardCharsets.UTF_8),
              "Read Me.txt",
              files.limits())) {
        for (int i = 0; i < 5; i++) {
          Matcher named = NAMED.matcher(Optional.ofNullable(lines.next()).orElse(""));
          if (named.find()) {
            return "O*NET " + named.group(1);
          }
        }
      }
    }
    Matcher folder = FOLDER.matcher(files.label());
    return folder.find()
        ? "O*NET " + folder.group(1) + "." + folder.group(2)
        : "O*NET (release not named)";
  }
}
