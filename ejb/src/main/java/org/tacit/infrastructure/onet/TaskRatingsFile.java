package org.tacit.infrastructure.onet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.domain.model.library.TaskFrequency;
import org.tacit.domain.model.library.TaskRating;

/**
 * O*NET's {@code Task Ratings.txt}: per occupation and task, scale FT gives the percentage of
 * incumbents in each frequency category (1–7) and scale IM the mean importance (1–5). Scale RT
 * (relevance) and anything else is skipped. The official file is over 4 MiB, so it is read a line
 * at a time and only the two numbers per task are kept.
 */
final class TaskRatingsFile {

  static final String NAME = "Task Ratings.txt";
  private static final String TASK_ID = "Task ID";
  private static final String SCALE = "Scale ID";
  private static final String CATEGORY = "Category";
  private static final String VALUE = "Data Value";
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private final Map<String, Map<Integer, BigDecimal>> frequencies = new HashMap<>();
  private final Map<String, BigDecimal> importances = new HashMap<>();

  private TaskRatingsFile() {}

  /** The ratings by {@link #key(String, long)}. */
  static Map<String, TaskRating> read(InputStream in) throws IOException {
    TaskRatingsFile ratings = new TaskRatingsFile();
    TabFile.read(
        NAME, in, List.of("O*NET-SOC Code", TASK_ID, SCALE, CATEGORY, VALUE), ratings::add);
    return ratings.byTask();
  }

  static String key(String code, long taskId) {
    return code + "/" + taskId;
  }

  private void add(TabFile.Row row) {
    String scale = row.text(SCALE);
    if (!scale.equals("FT") && !scale.equals("IM")) {
      return;
    }
    String key = key(row.code(), row.whole(TASK_ID));
    row.number(VALUE)
        .ifPresent(
            value -> {
              if (scale.equals("FT")) {
                int category = row.whole(CATEGORY);
                if (category < 1 || category > 7) {
                  throw row.problem("frequencyCategory", String.valueOf(category));
                }
                frequencies.computeIfAbsent(key, k -> new TreeMap<>()).put(category, value);
              } else if (value.compareTo(ONE) < 0 || value.compareTo(FIVE) > 0) {
                throw row.problem("importance", value.toPlainString());
              } else {
                importances.put(key, value);
              }
            });
  }

  private Map<String, TaskRating> byTask() {
    Map<String, TaskRating> ratings = new HashMap<>();
    frequencies.keySet().forEach(key -> ratings.put(key, null));
    importances.keySet().forEach(key -> ratings.put(key, null));
    ratings.replaceAll(
        (key, none) ->
            TaskRating.of(
                TaskFrequency.perWorkday(frequencies.getOrDefault(key, Map.of())).orElse(null),
                importances.get(key)));
    return ratings;
  }
}
