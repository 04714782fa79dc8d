package org.tacit.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacit.benchmarks.LoadOrganisation;

/**
 * Puts the load run's organisation ({@link LoadOrganisation}: 100,000 tasks) into a running portal
 * through its API, and finds the organisation run whose page the readers open. Idempotent: the file
 * is imported only when a department of it lacks tasks (importing it again would change nothing,
 * since the importer matches tasks by statement, but would cost a minute), and an organisation run
 * is started only when no finished one covers the whole organisation.
 *
 * <p>Done as the demo realm's administrator {@code ada}, who may import into every department.
 */
public final class BenchmarkOrganisation {

  private static final Duration RUN_DEADLINE = Duration.ofMinutes(20);
  private static final Duration POLL = Duration.ofSeconds(2);

  private final PortalApi admin;
  private final LoadOrganisation organisation;

  public BenchmarkOrganisation(PortalApi admin, LoadOrganisation organisation) {
    this.admin = admin;
    this.organisation = organisation;
  }

  /**
   * What the readers need: the run to open, the generated roles of each department by its code, and
   * the role the editor changes: the first of {@code editedDepartment}, whose answers are all given
   * (every second role leaves some to O*NET).
   */
  public record Built(long runId, Map<String, List<Long>> rolesByDepartment, long editedRole) {}

  public static Built ensure(URI portal, URI keycloak, Path work, String editedDepartment)
      throws IOException {
    return new BenchmarkOrganisation(
            PortalApi.as("ada", portal, keycloak), LoadOrganisation.standard())
        .ensure(work.resolve("load-organisation.csv"), editedDepartment);
  }

  public Built ensure(Path file, String editedDepartment) throws IOException {
    List<String> missing = organisation.missingFrom(heldTasks());
    boolean imported = !missing.isEmpty();
    if (imported) {
      say(
          "departments "
              + missing
              + " lack their tasks: importing "
              + organisation.taskRows()
              + " tasks");
      Instant start = Instant.now();
      admin.postFile("inventories/import", "text/csv", organisation.writeTo(file), 200);
      say("imported in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    }
    long runId = imported ? startRun() : finishedOrganisationRun().orElseGet(this::startRun);
    long done = awaitDone(runId);
    Map<String, List<JsonObject>> roles = roles();
    long edited =
        roles.get(editedDepartment).stream()
            .filter(role -> role.getString("code").endsWith("-R0001"))
            .mapToLong(role -> role.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow();
    Map<String, List<Long>> ids = new LinkedHashMap<>();
    roles.forEach(
        (code, list) ->
            ids.put(code, list.stream().map(r -> r.getJsonNumber("id").longValue()).toList()));
    return new Built(done, ids, edited);
  }

  private Map<String, Long> heldTasks() {
    Map<String, Long> held = new LinkedHashMap<>();
    for (JsonValue department : admin.get("departments").asJsonArray()) {
      JsonObject d = department.asJsonObject();
      held.put(d.getString("code"), d.getJsonNumber("taskCount").longValue());
    }
    return held;
  }

  /** The newest finished organisation run that scored at least the file's tasks. */
  private Optional<Long> finishedOrganisationRun() {
    return admin.get("assessments").asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(run -> "organisation".equals(run.getString("scope", "")))
        .filter(run -> "DONE".equals(run.getString("status", "")))
        .filter(run -> run.getInt("total", 0) >= organisation.taskRows())
        .map(run -> run.getJsonNumber("id").longValue())
        .findFirst();
  }

  private long startRun() {
    say("starting an organisation run");
    JsonObject run =
        admin
            .post(
                "assessments",
                "application/json",
                BodyPublishers.ofString(
                    Json.createObjectBuilder().add("scope", "organisation").build().toString()),
                202)
            .asJsonObject();
    return run.getJsonNumber("id").longValue();
  }

  private long awaitDone(long runId) {
    Instant deadline = Instant.now().plus(RUN_DEADLINE);
    while (true) {
      JsonObject run = admin.get("assessments/" + runId + "?limit=1").asJsonObject();
      String status = run.getString("status");
      if ("DONE".equals(status)) {
        say("organisation run " + runId + " done: " + run.getInt("total", 0) + " tasks");
        return runId;
      }
      if (!"RUNNING".equals(status) || Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Organisation run " + runId + " did not finish: " + run);
      }
      try {
        Thread.sleep(POLL.toMillis()); // polling a background run, with the deadline above
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for run " + runId, e);
      }
    }
  }

  /** The generated roles of each department of the file (the demo company's are left out). */
  private Map<String, List<JsonObject>> roles() {
    Map<String, List<JsonObject>> roles = new LinkedHashMap<>();
    for (String code : organisation.tasksByDepartment().keySet()) {
      roles.put(
          code,
          admin.get("roles?department=" + code).asJsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(role -> role.getString("code", "").matches("D\\d\\d-R\\d{4}"))
              .toList());
    }
    return roles;
  }

  private static void say(String line) {
    System.out.println("[load organisation] " + line);
  }
}
