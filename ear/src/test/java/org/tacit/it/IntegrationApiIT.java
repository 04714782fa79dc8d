package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration API with real tokens from the realm: sign-in, scoping and the import contract.
 */
@ExtendWith(Portal.class)
class IntegrationApiIT {

  private static final String HEADER =
      "department,department_code,role,role_code,role_headcount,task,task_time_share_pct,novelty\n";

  private final Portal portal = Portal.get();

  @Test
  void withoutAValidTokenTheApiAnswers401AndNeverRedirects() throws Exception {
    HttpResponse<String> anonymous = Api.withToken(portal, null).get("/departments");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

    // A genuine token whose claims were changed to widen the caller's departments
    String[] parts = Api.as(portal, DemoUser.HEDDA).token().split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("/departments/FIN", "/departments/OPS");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    HttpResponse<String> refused = Api.withToken(portal, forged).get("/departments");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
  }

  @Test
  void anEditorReadsOnlyTheirDepartmentThroughTheApi() throws Exception {
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    Api ada = Api.as(portal, DemoUser.ADA);

    assertThat(codes(Api.json(hedda.get("/departments")))).containsExactly("FIN");
    assertThat(codes(Api.json(ada.get("/departments")))).contains("FIN", "OPS");

    JsonNode financeRoles = Api.json(hedda.get("/roles?department=FIN"));
    assertThat(financeRoles).isNotEmpty();
    HttpResponse<String> financeTasks =
        hedda.get("/roles/" + financeRoles.get(0).get("id").asLong() + "/tasks");
    assertThat(financeTasks.statusCode()).isEqualTo(200);
    assertThat(Api.json(financeTasks).get(0).has("statement")).isTrue();

    long operationsRole = Api.json(ada.get("/roles?department=OPS")).get(0).get("id").asLong();
    HttpResponse<String> otherRoles = hedda.get("/roles?department=OPS");
    assertThat(otherRoles.statusCode()).isEqualTo(403);
    assertThat(Api.json(otherRoles).get("detail").asText()).contains("OPS");
    assertThat(hedda.get("/roles/" + operationsRole + "/tasks").statusCode()).isEqualTo(403);
  }

  @Test
  void anImportIsAllOrNothingAndSaysWhichRowAndColumnIsWrong() throws Exception {
    Api hedda = Api.as(portal, DemoUser.HEDDA);
    String role = "Credit controller " + System.nanoTime();
    String good =
        HEADER
            + "Finance,FIN,"
            + role
            + ",,2,Chase overdue invoices,70,3\n"
            + "Finance,FIN,"
            + role
            + ",,2,Agree payment plans,30,4\n";
    String bad = good.replace("Agree payment plans,30,4", "Agree payment plans,30,9");

    HttpResponse<String> refused =
        hedda.post("/inventories/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = Api.json(refused).get("problems").get(0);
    assertThat(problem.get("row").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asText()).isEqualTo("novelty");
    assertThat(titles(Api.json(hedda.get("/roles?department=FIN")))).doesNotContain(role);

    HttpResponse<String> imported =
        hedda.post("/inventories/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(Api.json(imported).get("changes").get("tasksCreated").asInt()).isEqualTo(2);
    assertThat(titles(Api.json(hedda.get("/roles?department=FIN")))).contains(role);

    HttpResponse<String> again =
        hedda.post("/inventories/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(Api.json(again).get("changes").get("tasksCreated").asInt()).isZero();
    assertThat(Api.json(again).get("changes").get("tasksUpdated").asInt()).isZero();
  }

  @Test
  void nobodyChangesADepartmentTheyDoNotEditThroughTheApi() throws Exception {
    String file =
        HEADER + "Operations,OPS,Dispatcher " + System.nanoTime() + ",,5,Plan the routes,100,3\n";

    HttpResponse<String> editor =
        Api.as(portal, DemoUser.HEDDA)
            .post("/inventories/import", "text/csv", file.getBytes(StandardCharsets.UTF_8));
    assertThat(editor.statusCode()).isEqualTo(422);
    assertThat(editor.body()).contains("You may not change department OPS");

    HttpResponse<String> viewer =
        Api.as(portal, DemoUser.VIC)
            .post("/inventories/import", "text/csv", file.getBytes(StandardCharsets.UTF_8));
    assertThat(viewer.statusCode()).isEqualTo(403);
  }

  @Test
  void theLibraryIsReadByEveryoneAndReplacedOnlyByAnAdministratorWithAReadableRelease()
      throws Exception {
    Api vic = Api.as(portal, DemoUser.VIC);
    JsonNode found = Api.json(vic.get("/onet/occupations?q=accountants"));
    assertThat(found.findValuesAsText("code")).contains("13-2011.00");
    JsonNode accountants = Api.json(vic.get("/onet/occupations/13-2011.00"));
    assertThat(accountants.get("tasks").size()).isGreaterThan(10);

    byte[] notARelease = "just text".getBytes(StandardCharsets.UTF_8);
    assertThat(
            Api.as(portal, DemoUser.HEDDA)
                .post("/onet/releases", "application/zip", notARelease)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> rejected =
        Api.as(portal, DemoUser.ADA).post("/onet/releases", "application/zip", notARelease);
    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(Api.json(rejected).get("detail").asText()).startsWith("Nothing was loaded");
    assertThat(Api.json(vic.get("/onet/occupations/13-2011.00")).get("tasks").size())
        .isEqualTo(accountants.get("tasks").size());
  }

  private static List<String> codes(JsonNode departments) {
    List<String> codes = new ArrayList<>();
    departments.forEach(d -> codes.add(d.get("code").asText()));
    return codes;
  }

  private static List<String> titles(JsonNode roles) {
    List<String> titles = new ArrayList<>();
    roles.forEach(r -> titles.add(r.get("title").asText()));
    return titles;
  }
}
