package org.tacit.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tacit.application.assessment.TaskScoreSummary;
import org.tacit.text.Words;

/** The quadrant of a department too large for a dot each, and the table beside it. */
class QuadrantChartTest {

  private static final String CLASSES[] = {
    "AUTOMATABLE", "AUGMENTABLE", "LEARNING_BOUND", "MANUAL"
  };

  /** Scores spread over the whole square, as a department of that many tasks gives. */
  private static List<TaskScoreSummary> department(int tasks) {
    List<TaskScoreSummary> all = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      double learning = (i * 37 % 1000) / 10.0;
      double readiness = (i * 53 % 1000) / 10.0;
      all.add(
          new TaskScoreSummary(
              i + 1,
              i / 100 + 1,
              "Role " + (i / 100 + 1),
              "FIN",
              "Finance",
              "Task " + (i + 1),
              null,
              learning,
              readiness,
              CLASSES[(learning >= 50 ? 2 : 0) + (readiness >= 50 ? 0 : 1)],
              0.8,
              List.of()));
    }
    all.add(
        new TaskScoreSummary(
            tasks + 1,
            1,
            "Role 1",
            "FIN",
            "Finance",
            "Unscored",
            null,
            null,
            null,
            "UNSCORED",
            0,
            List.of()));
    return all;
  }

  private static List<JsonObject> dots(String chart) {
    List<JsonObject> dots = new ArrayList<>();
    JsonObject config = Json.createReader(new StringReader(chart)).readObject();
    for (JsonValue set : config.getJsonObject("data").getJsonArray("datasets")) {
      set.asJsonObject().getJsonArray("data").forEach(d -> dots.add(d.asJsonObject()));
    }
    return dots;
  }

  @Test
  void upToFiveHundredTasksEachIsADotOfItsOwn() {
    List<JsonObject> dots = dots(QuadrantChart.of(department(500), 50, 50, "/r?id=", Locale.UK));

    assertThat(dots).hasSize(500).allSatisfy(d -> assertThat(d.containsKey("tasks")).isFalse());
    assertThat(QuadrantChart.merges(department(500))).isFalse();
  }

  @Test
  void aLargeDepartmentIsDrawnAsAtMostFiveHundredDotsThatHoldEveryScoredTask() {
    List<TaskScoreSummary> tasks = department(5000);
    String chart = QuadrantChart.of(tasks, 50, 50, "/r?id=", Locale.UK);
    List<JsonObject> dots = dots(chart);

    assertThat(QuadrantChart.merges(tasks)).isTrue();
    assertThat(dots).hasSizeLessThanOrEqualTo(QuadrantChart.DOTS);
    assertThat(dots.stream().mapToInt(d -> d.getInt("tasks", 1)).sum())
        .as("every scored task in one dot, the unscored one in none")
        .isEqualTo(5000);
    assertThat(chart.length()).as("not a megabyte").isLessThan(300_000);

    JsonObject many = dots.stream().filter(d -> d.getInt("tasks", 1) > 3).findFirst().orElseThrow();
    Words words = Words.in(Locale.UK);
    assertThat(many.getString("task"))
        .isEqualTo(words.text("chart.quadrant.tasks", many.getInt("tasks")));
    assertThat(many.getJsonArray("lines").getString(3))
        .isEqualTo(words.text("chart.quadrant.more", many.getInt("tasks") - 3));
    assertThat(many.getString("href")).startsWith("/r?id=");
  }

  @Test
  void theTableFiltersByClassAndRoleAndSortsTheSharedScoresPerRequest() {
    List<TaskScoreSummary> tasks = department(5000);
    CurrentTasksModel model =
        new CurrentTasksModel() {
          @Override
          protected List<TaskScoreSummary> rows() {
            return tasks;
          }
        };

    List<TaskScoreSummary> page =
        model.load(
            0,
            25,
            java.util.Map.of(
                "l", SortMeta.builder().field("learningNeed").order(SortOrder.DESCENDING).build()),
            java.util.Map.of(
                "c", FilterMeta.builder().field("class").filterValue("MANUAL").build(),
                "r", FilterMeta.builder().field("role").filterValue("role 7").build()));

    assertThat(page)
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.taskClass()).isEqualTo("MANUAL");
              assertThat(t.roleTitle()).startsWith("Role 7");
            })
        .extracting(TaskScoreSummary::learningNeed)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(model.getRowCount())
        .isEqualTo(
            (int)
                tasks.stream()
                    .filter(
                        t -> t.taskClass().equals("MANUAL") && t.roleTitle().startsWith("Role 7"))
                    .count());
  }
}
