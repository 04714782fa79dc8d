package org.tacit.infrastructure.onet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacit.domain.model.library.ActivityProfile;

/**
 * O*NET's {@code Tasks to DWAs.txt}, which links each task to its detailed work activities (DWAs),
 * with {@code DWA Reference.txt}, which files each DWA under a generalized work activity (its
 * Element ID). Both are needed; a release without either gives no task an activity profile.
 */
final class TaskActivitiesFile {

  static final String TASKS_TO_DWAS = "Tasks to DWAs.txt";
  static final String DWA_REFERENCE = "DWA Reference.txt";
  private static final String DWA_ID = "DWA ID";

  private TaskActivitiesFile() {}

  /**
   * The activity profile of every task linked to a DWA, by {@link TaskRatingsFile#key(String,
   * long)}.
   */
  static Map<String, ActivityProfile> read(ReleaseFiles files) throws IOException {
    if (!files.has(TASKS_TO_DWAS) || !files.has(DWA_REFERENCE)) {
      return Map.of();
    }
    Map<String, String> elements = new HashMap<>();
    OnetReleaseReader.read(
        files,
        DWA_REFERENCE,
        List.of("Element ID", DWA_ID),
        row -> elements.put(row.text(DWA_ID), row.text("Element ID")));
    Map<String, List<String>> byTask = new HashMap<>();
    OnetReleaseReader.read(
        files,
        TASKS_TO_DWAS,
        List.of("O*NET-SOC Code", "Task ID", DWA_ID),
        row -> {
          String element = elements.get(row.text(DWA_ID));
          if (element == null) {
            throw row.problem("unknownDwa", row.text(DWA_ID));
          }
          byTask
              .computeIfAbsent(
                  TaskRatingsFile.key(row.code(), row.whole("Task ID")), k -> new ArrayList<>())
              .add(element);
        });
    Map<String, ActivityProfile> profiles = new HashMap<>();
    byTask.forEach((task, activities) -> profiles.put(task, ActivityProfile.of(activities)));
    return profiles;
  }
}
