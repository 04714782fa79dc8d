package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.Dashboard.ClassHours;

class ClassHoursChartTest {

  @Test
  void eachDepartmentIsABarStackedByClassInThousandsOfHours() {
    List<ClassHours> departments =
        List.of(
            new ClassHours("FIN", "Finance", Map.of("AUTOMATABLE", 3440.0, "MANUAL", 0.0)),
            new ClassHours("OPS", "Operations", Map.of("MANUAL", 5160.0, "LEARNING_BOUND", 860.0)));

    JsonObject chart =
        Json.createReader(new StringReader(ClassHoursChart.of(departments, Locale.ENGLISH)))
            .readObject();

    assertThat(chart.getString("type")).isEqualTo("bar");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("Finance", "Operations");
    JsonArray datasets = data.getJsonArray("datasets");
    assertThat(datasets.getValuesAs(JsonObject.class))
        .extracting(d -> d.getString("label"))
        .containsExactly("Automatable", "Augmentable", "Learning-bound", "Manual", "Not scored");
    assertThat(numbers(datasets.getJsonObject(0))).containsExactly(3.4, 0.0);
    assertThat(numbers(datasets.getJsonObject(2))).containsExactly(0.0, 0.9);
    assertThat(numbers(datasets.getJsonObject(3))).containsExactly(0.0, 5.2);
    assertThat(
            chart
                .getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("x")
                .getBoolean("stacked"))
        .isTrue();
  }

  private static List<Double> numbers(JsonObject dataset) {
    return dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::doubleValue)
        .toList();
  }
}
