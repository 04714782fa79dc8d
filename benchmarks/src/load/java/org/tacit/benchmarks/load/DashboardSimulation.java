package org.tacit.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.tacit.benchmarks.load.BenchmarkOrganisation.Built;

/**
 * Signed-in people using the dashboards of an organisation of 100,000 tasks, while one editor
 * changes answers. Before anyone starts, the run builds that organisation in the portal through its
 * API if it is not there yet ({@link BenchmarkOrganisation}). Each reader signs in through
 * Keycloak's own form (the real SSO, not a shortcut) and fetches a bearer token for the API, then
 * for the rest of the run, pausing 1–3 s between steps as a reader does: opens the Reports page and
 * one of its static resources (the baseline: the same Payara serving a file), switches its
 * scenario and department the way the menus do (a Faces Ajax post carrying the page's ViewState),
 * reads the same figures through the API, opens a role of theirs, and (all but the viewer) the
 * Assessment page and the organisation run's page; once in the run, each downloads the board PDF.
 * The editor (hedda, Finance) changes a task's answers on the role page every few seconds, as its
 * row editor does, and waits until the figures show the change. Sign-in is reported apart.
 *
 * <pre>./mvnw -Pload -pl benchmarks -am verify -DskipTests -Dtacit.url=http://127.0.0.1:8080 [-Dload.users=20 -Dload.seconds=180]</pre>
 */
public class DashboardSimulation extends Simulation {

  private static final String URL = System.getProperty("tacit.url", "http://127.0.0.1:8080");
  private static final String KEYCLOAK =
      System.getProperty("tacit.keycloak", "http://127.0.0.1:8180");
  private static final Path WORK = Path.of(System.getProperty("load.work", "target/load"));
  private static final int USERS = Integer.getInteger("load.users", 20);
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 180));
  private static final String EDITOR = "hedda";
  private static final String EDITED_DEPARTMENT = "FIN";

  /** An access token lives 5 minutes in the demo realm; a reader fetches a new one after 4. */
  private static final long TOKEN_MS = Duration.ofMinutes(4).toMillis();

  /** How long the editor waits for a change to show before counting it as not shown. */
  private static final long VISIBLE_DEADLINE_MS = Duration.ofSeconds(30).toMillis();

  /**
   * The page's Content-Security-Policy nonce: PrimeFaces' script adds it to every form as {@code
   * primefaces.nonce}, and an Ajax post without it is refused (CspException).
   */
  private static final String NONCE = "nonce=\"([^\"]+)\"";

  private static final String NONCE_PARAM = "primefaces.nonce";

  /** Set by {@link #before()}: the organisation run and the roles of each department. */
  private static volatile Built organisation;

  private final HttpProtocolBuilder protocol =
      http.baseUrl(URL)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("en-GB,en;q=0.9")
          .userAgentHeader("Tacit load run (Gatling)")
          .disableCaching();

  private final Iterator<Map<String, Object>> people = KeycloakSignIn.people();

  private final ChainBuilder signIn = KeycloakSignIn.chain();

  /** The API takes a bearer token, which the demo realm's API client gives by password grant. */
  private final ChainBuilder apiToken =
      exec(http("API token")
              .post(KEYCLOAK + "/realms/tacit/protocol/openid-connect/token")
              .formParam("grant_type", "password")
              .formParam("client_id", "tacit-api")
              .formParam("client_secret", "demo-only-tacit-api-secret")
              .formParam("username", "#{user}")
              .formParam("password", "demo")
              .check(jsonPath("$.access_token").saveAs("token")))
          .exec(session -> session.set("tokenAt", System.currentTimeMillis()));

  private final ChainBuilder freshToken =
      doIf(session -> System.currentTimeMillis() - session.getLong("tokenAt") > TOKEN_MS)
          .then(apiToken);

  private final ChainBuilder readReports =
      exec(http(Targets.REPORTS)
              .get("/tacit/app/reports/")
              .check(status().is(200))
              .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"))
              .check(
                  css("select[id='reports-form:scenario_input'] option", "value")
                      .findAll()
                      .saveAs("scenarios"))
              .check(
                  css("select[id='reports-form:department_input'] option", "value")
                      .findAll()
                      .saveAs("departments"))
              .check(css("link[href*='tacit.css']", "href").saveAs("staticResource"))
              .check(regex(NONCE).saveAs("nonce")))
          .exec(
              http(Targets.BASELINE)
                  .get("#{staticResource}")
                  .check(status().is(200))
                  .check(substring("{").exists()))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(session -> session.set("scenario", any(session.getList("scenarios"))))
          .exec(menuChange(Targets.SCENARIO, "scenario"))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(session -> session.set("department", any(session.getList("departments"))))
          .exec(menuChange(Targets.DEPARTMENT, "department"))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(freshToken)
          .exec(
              http(Targets.API)
                  .get("/tacit/api/v1/reports/substitution?scenario=#{scenario}")
                  .header("Accept", "application/json")
                  .header("Authorization", "Bearer #{token}")
                  .check(status().is(200))
                  .check(jsonPath("$.roleCount").exists()))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));

  private final ChainBuilder readRole =
      exec(session -> session.set("role", roleFor(session.getString("user"))))
          .exec(
              http(Targets.ROLE)
                  .get("/tacit/app/inventory/role.xhtml?id=#{role}")
                  .check(status().is(200))
                  .check(substring("role-form:tasks").exists()))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));

  private final ChainBuilder readAssessment =
      exec(http(Targets.ASSESSMENT)
              .get("/tacit/app/assessment/")
              .check(status().is(200))
              .check(substring("quadrant").exists()))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
          .exec(session -> session.set("run", organisation.runId()))
          .exec(
              http(Targets.RUN)
                  .get("/tacit/app/assessment/run.xhtml?id=#{run}")
                  .check(status().is(200)))
          .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));

  /**
   * The Reports page's "Board PDF" button. A person may have 2 renders under way at once (more
   * answer 429), and each demo user signs in as 5 sessions here: the k-th session of a person
   * downloads in its k-th loop, so one person's downloads do not come at once.
   */
  private final ChainBuilder boardOnce =
      doIf(session -> session.getInt("loop") == session.getInt("turn"))
          .then(
              exec(http(Targets.BOARD)
                      .get("/tacit/app/reports/board?scenario=#{scenario}")
                      .requestTimeout(Duration.ofSeconds(120))
                      .check(status().is(200))
                      .check(header("Content-Type").is("application/pdf")))
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

  private final ScenarioBuilder readers =
      scenario("Dashboard readers")
          .feed(people)
          .exec(signIn)
          .exec(apiToken)
          .during(RUN, "loop")
          .on(
              exec(readReports)
                  .exec(readRole)
                  .doIf(session -> mayAssess(session.getString("user")))
                  .then(readAssessment)
                  .exec(boardOnce));

  /**
   * The editor opens a role of Finance and saves its first task with every level answer set to 5,
   * then to 1, and so on: a change the figures must show. Then asks the API for the figures until
   * they differ from those before the change (a deadline of 30 s), reported as one group.
   */
  private final ChainBuilder editAnswers =
      exec(session -> session.remove("figuresAfter").remove("roleForm"))
          .exec(http("Editor: figures before the change")
              .get("/tacit/api/v1/reports/substitution?scenario=#{editorScenario}&limit=1")
              .header("Accept", "application/json")
              .header("Authorization", "Bearer #{token}")
              .check(status().is(200))
              .check(jsonPath("$.organisation").saveAs("figuresBefore")))
          .exec(
              http("Editor: role page")
                  .get("/tacit/app/inventory/role.xhtml?id=#{editedRole}")
                  .check(status().is(200))
                  .check(form("#role-form").saveAs("roleForm"))
                  .check(regex(NONCE).saveAs("nonce"))
                  .check(
                      regex("<select id=\"(role-form:tasks:0:[^\"]+_input)\"")
                          .findAll()
                          .saveAs("levelAnswers"))
                  .check(
                      regex("<div id=\"(role-form:tasks:0:[^\"]+)\" class=\"ui-cell-editor\"")
                          .findAll()
                          .saveAs("cellEditors")))
          .pause(Duration.ofSeconds(1))
          // Without the role page (a timeout, say) there is no row to save this time
          .doIf(session -> session.contains("roleForm"))
          .then(saveAndWait())
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(4));

  private static ChainBuilder saveAndWait() {
    return exec(
              http("Editor: save a task's answers")
                  .post("/tacit/app/inventory/role.xhtml?id=#{editedRole}")
                  .header("Faces-Request", "partial/ajax")
                  .header("X-Requested-With", "XMLHttpRequest")
                  .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                  .formParamMap(DashboardSimulation::rowEdit)
                  .check(status().is(200))
                  .check(substring("<partial-response").exists())
                  .check(substring("<error>").notExists())
                  .check(substring("validationFailed").notExists()))
          .exec(session -> session.set("changedAt", System.currentTimeMillis()))
          // The first ask after the save and any further ones are counted apart: when no further
          // one was needed, every change showed by the first answer, and the first ask's times
          // are the times until the change showed
          .asLongAs(DashboardSimulation::stillUnchanged)
          .on(
              doIfOrElse(session -> session.contains("figuresAfter"))
                  .then(figuresAfter(Targets.EDIT_POLLED_AGAIN))
                  .orElse(figuresAfter(Targets.EDIT_FIRST_POLL)))
          .exec(
              session ->
                  changed(session)
                      ? session
                      : session.markAsFailed()); // not shown within the deadline
  }

  private static ChainBuilder figuresAfter(String name) {
    return exec(
        http(name)
            .get("/tacit/api/v1/reports/substitution?scenario=#{editorScenario}&limit=1")
            .header("Accept", "application/json")
            .header("Authorization", "Bearer #{token}")
            .check(status().is(200))
            .check(jsonPath("$.organisation").saveAs("figuresAfter")));
  }

  private final ScenarioBuilder editor =
      scenario("Editor")
          .exec(
              session ->
                  session
                      .set("user", EDITOR)
                      .set("editedRole", organisation.editedRole())
                      .set("level", 5))
          .exec(signIn)
          .exec(apiToken)
          .exec(
              http("Editor: scenarios")
                  .get("/tacit/api/v1/scenarios")
                  .header("Accept", "application/json")
                  .header("Authorization", "Bearer #{token}")
                  .check(jsonPath("$[0].id").saveAs("editorScenario")))
          .during(RUN, "loop")
          .on(
              exec(freshToken)
                  .exec(editAnswers)
                  .exec(session -> session.set("level", session.getInt("level") == 5 ? 1 : 5)));

  @Override
  public void before() {
    try {
      organisation =
          BenchmarkOrganisation.ensure(URI.create(URL), URI.create(KEYCLOAK), WORK, EDITED_DEPARTMENT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  {
    setUp(
            readers.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(20))),
            editor.injectOpen(rampUsers(1).during(Duration.ofSeconds(20))))
        .protocols(protocol)
        .assertions(
            // The targets: every page, Ajax request and API read within 300 ms at the 95th
            // percentile, the board PDF within 5 s, an edit visible within 2 s, nothing failed
            Stream.of(
                    Targets.REPORTS,
                    Targets.SCENARIO,
                    Targets.DEPARTMENT,
                    Targets.ASSESSMENT,
                    Targets.RUN,
                    Targets.ROLE,
                    Targets.API,
                    Targets.BOARD)
                .map(
                    name ->
                        details(name)
                            .responseTime()
                            .percentile(95.0)
                            .lt((int) Targets.p95(name).getAsLong()))
                .toList())
        .assertions(global().failedRequests().count().is(0L));
  }

  /**
   * What PrimeFaces posts when a menu of the Reports form changes: the menu's value, the page's
   * ViewState, and which parts to render again; the answer is a Faces partial response.
   */
  private static ChainBuilder menuChange(String name, String menu) {
    String id = "reports-form:" + menu;
    return exec(
        http(name)
            .post("/tacit/app/reports/index.xhtml")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", id)
            .formParam("jakarta.faces.partial.execute", id)
            .formParam("jakarta.faces.partial.render", "reports-form:report messages")
            .formParam("jakarta.faces.behavior.event", "change")
            .formParam("jakarta.faces.partial.event", "change")
            .formParam("reports-form", "reports-form")
            .formParam(id + "_input", "#{" + menu + "}")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .formParam(NONCE_PARAM, "#{nonce}")
            .check(status().is(200))
            .check(substring("<partial-response").exists())
            .check(substring("<error>").notExists())
            .check(regex("id=\"reports-form:report\"").exists()));
  }

  /**
   * What the role page's row editor posts when its save tick is pressed on the first task: the
   * row's inputs as the page rendered them, every level answer set to this loop's level, and the
   * table's row-edit parameters; the listener saves the task as the person would.
   */
  private static Map<String, Object> rowEdit(Session session) {
    String table = "role-form:tasks";
    Map<String, Object> form = new LinkedHashMap<>();
    session.<Object>getMap("roleForm").entrySet().stream()
        .filter(field -> field.getKey().startsWith(table + ":0:"))
        .forEach(field -> form.put(field.getKey(), field.getValue()));
    for (Object answer : session.getList("levelAnswers")) {
      form.put(String.valueOf(answer), Integer.toString(session.getInt("level")));
    }
    // The browser names each of the row's cell editors: a cell editor not named keeps its input
    // out of the request's decode and update, and the save would store the answers unchanged
    for (Object editor : session.getList("cellEditors")) {
      form.put(String.valueOf(editor), String.valueOf(editor));
    }
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", table);
    form.put("jakarta.faces.partial.execute", table);
    form.put("jakarta.faces.partial.render", table + " messages");
    form.put("jakarta.faces.behavior.event", "rowEdit");
    form.put("jakarta.faces.partial.event", "rowEdit");
    form.put(table + "_rowEditIndex", "0");
    form.put(table + "_rowEditAction", "save");
    form.put(table + "_encodeFeature", "true");
    form.put("role-form", "role-form");
    form.put(NONCE_PARAM, session.getString("nonce"));
    form.put("jakarta.faces.ViewState", session.getMap("roleForm").get("jakarta.faces.ViewState"));
    return form;
  }

  private static boolean changed(Session session) {
    return session.contains("figuresAfter")
        && !String.valueOf(session.get("figuresAfter"))
            .equals(String.valueOf(session.get("figuresBefore")));
  }

  private static boolean stillUnchanged(Session session) {
    return !changed(session)
        && System.currentTimeMillis() - session.getLong("changedAt") < VISIBLE_DEADLINE_MS;
  }

  /** A role of the user's own department for the editor and viewer, any role for the others. */
  private static long roleFor(String user) {
    List<Long> roles =
        switch (user) {
          case "hedda" -> organisation.rolesByDepartment().get("FIN");
          case "vic" -> organisation.rolesByDepartment().get("OPS");
          default ->
              organisation.rolesByDepartment().values().stream().flatMap(List::stream).toList();
        };
    return roles.get(ThreadLocalRandom.current().nextInt(roles.size()));
  }

  /** Viewers read reports only; the Assessment pages are for those who work on the inventory. */
  private static boolean mayAssess(String user) {
    return !"vic".equals(user);
  }

  private static String any(List<Object> values) {
    return String.valueOf(values.get(ThreadLocalRandom.current().nextInt(values.size())));
  }
}
