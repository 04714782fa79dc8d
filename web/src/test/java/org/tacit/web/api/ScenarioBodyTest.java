package org.tacit.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.web.ScenarioEdits.edit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.tacit.application.scenarios.ScenarioEdit;

class ScenarioBodyTest {

  private static final ScenarioEdit STORED =
      edit(
          3,
          "Cautious",
          1,
          YearMonth.of(2025, 3),
          12,
          0.075,
          0.2,
          1,
          3,
          2030,
          0.25,
          15,
          2026,
          2036);

  @Test
  void theFieldsGivenReplaceTheStoredValuesAndTheOthersStay() {
    ScenarioEdit edit =
        ScenarioBody.over(
            STORED,
            json(
                "{\"name\": \"Faster\", \"doublingMonths\": 4.5, \"horizonMeasured\": \"2026-01\","
                    + " \"adoptionYears\": 10, \"continualLearningYear\": null}"),
            7);

    assertThat(edit)
        .isEqualTo(
            edit(
                7,
                "Faster",
                1,
                YearMonth.of(2026, 1),
                4.5,
                0.075,
                0.2,
                1,
                3,
                null,
                0.25,
                10,
                2026,
                2036));
    assertThat(ScenarioBody.over(STORED, json("{}"), 3))
        .as("continual learning left out stays 2030")
        .isEqualTo(STORED);
  }

  @Test
  void aFieldOfTheWrongKindIsRefusedNamingIt() {
    assertThatThrownBy(() -> ScenarioBody.over(STORED, json("{\"doublingMonths\": \"four\"}"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("doublingMonths is a number.");
    assertThatThrownBy(() -> ScenarioBody.over(STORED, json("{\"adoptionYears\": 2.5}"), 3))
        .hasMessage("adoptionYears is a whole number, not 2.5.");
    assertThatThrownBy(
            () -> ScenarioBody.over(STORED, json("{\"horizonMeasured\": \"March 2025\"}"), 3))
        .hasMessage("horizonMeasured is a year and month like \"2025-03\", not \"March 2025\".");
    assertThatThrownBy(() -> ScenarioBody.over(STORED, null, 3))
        .hasMessageStartingWith("Send the scenario's values");
  }

  @Test
  void aChangeQuotesTheRowVersionItReadAndACopyItsName() {
    assertThat(ScenarioBody.rowVersion(json("{\"rowVersion\": 4}"))).isEqualTo(4);
    assertThatThrownBy(() -> ScenarioBody.rowVersion(json("{\"name\": \"x\"}")))
        .hasMessageContaining("\"rowVersion\"");
    assertThat(ScenarioBody.name(json("{\"name\": \"Copy of Base\"}"))).isEqualTo("Copy of Base");
    assertThatThrownBy(() -> ScenarioBody.name(json("{}"))).hasMessageStartingWith("Name the copy");
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
