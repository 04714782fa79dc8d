package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessment runs through the integration API: started, polled, read with reasons, scoped per
 * caller.
 */
@ExtendWith(Portal.class)
class AssessmentApiIT {

  private final Portal portal = Portal.get();

  @Test
  void anAnalystStartsARunAndReadsEveryTasksScoresAndReasonsOnceItIsDone() throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    HttpResponse<String> started =
        sam.post(
            "/assessments",
            "application/json",
            "{\"scope\": \"organisation\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    long id = Api.json(started).get("id").asLong();
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/assessments/" + id));

    JsonNode run = sam.finishedRun(id);
    assertThat(run.get("ruleSetVersion").asInt()).isPositive();
    int inAll = run.get("taskCount").asInt();
    int byClass = 0;
    for (JsonNode count : run.get("classes")) {
      byClass += count.asInt();
    }
    assertThat(byClass).isEqualTo(inAll).isPositive();

    JsonNode task = run.get("tasks").get(0);
    assertThat(task.get("statement").asText()).isNotBlank();
    assertThat(task.get("taskClass").asText())
        .isIn("AUTOMATABLE", "AUGMENTABLE", "LEARNING_BOUND", "MANUAL", "UNSCORED");
    assertThat(task.get("confidence").asDouble()).isBetween(0.0, 1.0);
    JsonNode reason = task.get("reasons").get(0);
    assertThat(reason.get("ruleId").asText()).matches("(LEARN|AUTO)-[A-Z-]+");
    assertThat(reason.get("text").asText()).isNotBlank();

    // A page at a time, with the address of the next
    JsonNode firstTwo = Api.json(sam.get("/assessments/" + id + "?limit=2"));
    assertThat(firstTwo.get("tasks")).hasSize(2);
    assertThat(firstTwo.get("next").asText()).contains("offset=2");
  }

  @Test
  void anEditorReadsOnlyTheirDepartmentsOfARunAndCannotAssessAnothers() throws Exception {
    Api sam = Api.as(portal, DemoUser.SAM);
    long id =
        Api.json(
                sam.post(
                    "/assessments",
                    "application/json",
                    "{\"scope\":\"organisation\"}".getBytes(StandardCharsets.UTF_8)))
            .get("id")
            .asLong();
    int inAll = sam.finishedRun(id).get("taskCount").asInt();

    Api hedda = Api.as(portal, DemoUser.HEDDA);
    JsonNode seen = Api.json(hedda.get("/assessments/" + id + "?limit=10000"));
    Set<String> departments = new HashSet<>();
    seen.get("tasks").forEach(t -> departments.add(t.get("departmentCode").asText()));
    assertThat(departments).containsExactly("FIN");
    assertThat(seen.get("taskCount").asInt()).isLessThan(inAll);

    HttpResponse<String> other =
        hedda.post(
            "/assessments",
            "application/json",
            "{\"scope\":\"department\",\"department\":\"OPS\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(Api.json(other).get("detail").asText()).contains("OPS");

    HttpResponse<String> viewer =
        Api.as(portal, DemoUser.VIC)
            .post(
                "/assessments",
                "application/json",
                "{\"scope\":\"department\",\"department\":\"OPS\"}"
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(viewer.statusCode()).isEqualTo(403);
    assertThat(hedda.get("/assessments/987654321").statusCode()).isEqualTo(404);
    assertThat(
            hedda
                .post(
                    "/assessments",
                    "application/json",
                    "{\"scope\":\"planet\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(400);
  }
}
