package org.tacit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two instances of the deployment group behind HAProxy, one PostgreSQL, one Keycloak
 * (config/bin/tacit-cluster; docs/operations.md): what one instance changes, the other shows, and a
 * person's import under way on one counts against their limit on the other; a run whose instance
 * dies is failed by the other and can be started again there; a signed-in person whose instance
 * dies goes on on the other; an update moves everyone to the other deployment group without a
 * refused request. Runs in its own profile ({@code ./mvnw verify -Pcluster}): starting the cluster
 * takes minutes the everyday suite does not have.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String HEADER =
      "department,department_code,role,role_code,role_headcount,task,task_time_share_pct,novelty\n";

  /** Enough tasks that a run of the organisation is still under way when its instance is killed. */
  private static final int ROLES = 400;

  private static final int TASKS_PER_ROLE = 100;

  private static Cluster cluster;

  @BeforeAll
  static void start() throws Exception {
    cluster = Cluster.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /**
   * While Hedda's large import is under way on the first instance, the second refuses her another
   * import (one at a time per person): the second counts the imports the database records, as its
   * own memory holds none of hers. The file it refuses has a problem, so that it would store
   * nothing if it were let through after the large import ended.
   */
  @Test
  @Order(1)
  void aLargeImportOnOneInstanceHoldsThePersonsLimitOnTheOtherAndIsInItsFigures() throws Exception {
    Api onSecond = Api.as(cluster.instance(2), DemoUser.HEDDA);
    int rolesBefore = roleCount(onSecond);
    byte[] another = (HEADER + "Finance,FIN,,,1,,1,3\n").getBytes(StandardCharsets.UTF_8);

    CompletableFuture<Void> importing =
        CompletableFuture.runAsync(
            () -> {
              try {
                importLargeInventory();
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            });
    HttpResponse<String> refused = null;
    while (refused == null && !importing.isDone()) {
      if (importsUnderWay(DemoUser.HEDDA) > 0) {
        HttpResponse<String> answer = onSecond.post("/inventories/import", "text/csv", another);
        refused = answer.statusCode() == 429 ? answer : null;
      }
    }
    importing.join();
    assertThat(refused)
        .as("another import of Hedda's on the second instance while the first imports hers")
        .isNotNull();
    assertThat(Api.json(refused).get("detail").asText()).contains("1 import under way");

    Deadline.within(
        Duration.ofMinutes(1),
        "the second instance's figures show the import",
        () -> roleCount(onSecond) == rolesBefore + ROLES);
  }

  @Test
  @Order(2)
  void aRunWhoseInstanceDiesIsFailedByTheOtherWithinAMinuteOrTwoAndRunsThereAgain()
      throws Exception {
    importLargeInventory(); // so that the run is still under way when its instance dies
    long id = Api.as(cluster.instance(1), DemoUser.SAM).startOrganisationRun();
    cluster.kill(1);

    Api onSecond = Api.as(cluster.instance(2), DemoUser.SAM);
    // Quiet for a minute, noticed at the next check within 20 s
    Deadline.within(
        Duration.ofMinutes(2),
        "the second instance ends the run",
        () -> !status(onSecond, id).equals("RUNNING"));
    assertThat(status(onSecond, id))
        .as("the run had not finished when its instance was killed, so it is failed")
        .isEqualTo("FAILED");
    assertThat(storedScores(id)).as("a failed run stored nothing").isZero();

    long second = onSecond.startOrganisationRun();
    Deadline.within(
        Duration.ofMinutes(3),
        "the new run is done",
        () -> status(onSecond, second).equals("DONE"));

    cluster.revive(1);
    Api onFirst = Api.as(cluster.instance(1), DemoUser.SAM);
    assertThat(status(onFirst, id))
        .as("the revived instance does not take the run back")
        .isEqualTo("FAILED");
    assertThat(status(onFirst, second)).isEqualTo("DONE");
  }

  /**
   * The person is at work on the Reports page when its instance dies: their next action there (an
   * AJAX choice of department) reaches the other instance, which has no session of theirs, and
   * reloads the page, signed in again through Keycloak's SSO session without a password. That one
   * action is what they lose.
   */
  @Test
  @Order(3)
  void aSignedInPersonWhoseInstanceDiesGoesOnOnTheOtherWithoutSigningInAgain() throws Exception {
    try (Browser browser = new Browser(cluster)) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/reports/");
      browser.waitFor(By.id("user-name"));
      String first = instance(browser);
      browser.driver().executeScript("window.tacitBeforeFailover = true;");

      cluster.kill(first.equals(Cluster.name(1)) ? 1 : 2);
      browser.waitFor(By.id("reports-form:department")).click();
      browser
          .waitFor(By.id("reports-form:department_panel"))
          .findElement(By.cssSelector("li[data-label='Finance']"))
          .click();

      browser.waitUntil(
          "the page is loaded again",
          () ->
              browser.driver().executeScript("return window.tacitBeforeFailover === undefined;")
                  == Boolean.TRUE);
      browser.waitFor(By.id("user-name"));
      assertThat(browser.onKeycloak()).isFalse();
      assertThat(browser.currentUrl().getPath()).contains("/app/reports/");
      assertThat(instance(browser)).isNotEqualTo(first);
      assertThat(browser.text(By.id("user-name"))).contains(DemoUser.ADA.displayName());
      browser.screenshot("after-failover");
    }
  }

  @Test
  @Order(4)
  void anUpdateMovesEveryoneToTheNewGroupWithoutARefusedRequest() throws Exception {
    try (Browser browser = new Browser(cluster);
        Calls calls = Calls.throughTheBalancer()) {
      browser.signIn(DemoUser.ADA);
      browser.open("/app/reports/");
      browser.waitFor(By.id("user-name"));
      long run = Api.as(cluster, DemoUser.SAM).startOrganisationRun();

      cluster.update();

      assertThat(calls.answers())
          .as("API calls through HAProxy all along the update")
          .hasSizeGreaterThan(100)
          .containsOnly(200);
      browser.open("/app/reports/");
      browser.waitFor(By.id("user-name"));
      assertThat(browser.onKeycloak()).as("signed in again through Keycloak's SSO").isFalse();
      assertThat(instance(browser)).isIn(Cluster.name(3), Cluster.name(4));
      assertThat(status(Api.as(cluster, DemoUser.SAM), run))
          .as("a run started on the old group")
          .isEqualTo("DONE");
    }
    for (int n : new int[] {1, 2}) {
      int old = n;
      assertThat(answers(cluster.instance(old))).as("instance " + old + " stopped").isFalse();
    }
    assertThat(answers(cluster.instance(3))).isTrue();
    assertThat(answers(cluster.instance(4))).isTrue();
  }

  private static boolean answers(Address instance) {
    try {
      return Http.get(instance.url("/")).statusCode() > 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * Someone calling the API through HAProxy every quarter second on another thread, with a fresh
   * token every minute (a token lives five), until closed: every answer's status, in order.
   */
  /**
   * Every socket the cluster's processes listen on (the administration server, the instances of the
   * live group, HAProxy, Keycloak) is bound to loopback, as tacit-cluster binds them: a listener
   * nobody configured (the data grid, JMS, JMX, IIOP) cannot slip through.
   */
  @Test
  @Order(5)
  void everyPartOfTheClusterListensOnLoopbackOnly() throws Exception {
    List<String> seen = ListeningSockets.of(cluster.processes());

    assertThat(seen).as("the cluster's processes listen at all").hasSizeGreaterThanOrEqualTo(5);
    assertThat(seen)
        .allSatisfy(socket -> assertThat(ListeningSockets.LOOPBACK).contains(socket.split(" ")[1]));
  }

  private static final class Calls implements AutoCloseable {

    private final java.util.List<Integer> answers =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final java.util.concurrent.atomic.AtomicBoolean going =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    private final Thread caller = new Thread(this::call, "calls-through-haproxy");
    private volatile Exception failure;

    static Calls throughTheBalancer() {
      Calls calls = new Calls();
      calls.caller.start();
      return calls;
    }

    private void call() {
      try {
        Api api = Api.as(cluster, DemoUser.SAM);
        long tokenAt = System.nanoTime();
        while (going.get()) {
          if (System.nanoTime() - tokenAt > Duration.ofMinutes(1).toNanos()) {
            api = Api.as(cluster, DemoUser.SAM);
            tokenAt = System.nanoTime();
          }
          answers.add(api.get("/scenarios").statusCode());
          java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
      } catch (Exception e) {
        failure = e;
      }
    }

    java.util.List<Integer> answers() throws Exception {
      close();
      if (failure != null) {
        throw failure;
      }
      return java.util.List.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
      going.set(false);
      caller.join(Duration.ofMinutes(1).toMillis());
    }
  }

  private static boolean imported;

  /** 40,000 tasks in Finance, through instance 1's API, once for the whole class. */
  private static void importLargeInventory() throws Exception {
    if (imported) {
      return;
    }
    HttpResponse<String> answer =
        Api.as(cluster.instance(1), DemoUser.HEDDA)
            .post(
                "/inventories/import",
                "text/csv",
                largeInventory().getBytes(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(Api.json(answer).get("changes").get("tasksCreated").asInt())
        .isEqualTo(ROLES * TASKS_PER_ROLE);
    imported = true;
  }

  /**
   * How many roles the first scenario's substitution report has, as {@code api}'s instance shows.
   */
  private static int roleCount(Api api) throws Exception {
    JsonNode report =
        Api.json(api.get("/reports/substitution?limit=1&scenario=" + api.firstScenario()));
    assertThat(report.has("roleCount")).as(report.toString()).isTrue();
    return report.get("roleCount").asInt();
  }

  private static String instance(Browser browser) {
    Cookie sticky = browser.driver().manage().getCookieNamed("TACIT_INSTANCE");
    assertThat(sticky).as("HAProxy's sticky cookie").isNotNull();
    return sticky.getValue();
  }

  private static String largeInventory() {
    StringBuilder file = new StringBuilder(HEADER);
    long mark = System.nanoTime();
    for (int role = 0; role < ROLES; role++) {
      for (int task = 0; task < TASKS_PER_ROLE; task++) {
        file.append("Finance,FIN,Clerk ")
            .append(mark)
            .append('-')
            .append(role)
            .append(",,2,Reconcile ledger ")
            .append(task)
            .append(",1,")
            .append(1 + task % 5)
            .append('\n');
      }
    }
    return file.toString();
  }

  private static String status(Api api, long run) throws Exception {
    JsonNode answer = Api.json(api.get("/assessments/" + run + "?limit=1"));
    return answer.get("status").asText();
  }

  private static int importsUnderWay(DemoUser person) throws Exception {
    return count(
        "select count(*) from inventory_import where started_by = ? and state = 'RUNNING'",
        person.username());
  }

  private static int storedScores(long run) throws Exception {
    return count("select count(*) from assessed_task where run_id = ?", run);
  }

  /** A count the cluster's database gives for {@code sql} with its one parameter. */
  private static int count(String sql, Object parameter) throws Exception {
    try (Connection db = cluster.database();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setObject(1, parameter);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
