package org.tacit.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The spurious 403s of payara/Payara#6145, counted where they are frequent: signed-in people asking
 * over and over for a protected address the portal answers at once (the board PDF of a scenario
 * that does not exist: the security constraint, then a 404 from the portal). Every answer must be
 * that 404; a 403 is the container refusing a caller whose groups it lost for that request.
 *
 * <pre>./mvnw -Pload -pl benchmarks -am verify -DskipTests -Dload.simulation=org.tacit.benchmarks.load.SignedInRequestsSimulation -Dload.seconds=60</pre>
 */
public class SignedInRequestsSimulation extends Simulation {

  private static final String URL = System.getProperty("tacit.url", "http://127.0.0.1:8080");
  private static final int USERS = Integer.getInteger("load.users", 20);
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));

  static final String REQUEST = "Signed-in request (answered 404 by the portal)";

  private final ScenarioBuilder people =
      scenario("Signed-in people")
          .feed(KeycloakSignIn.people())
          .exec(KeycloakSignIn.chain())
          .during(RUN)
          .on(
              exec(http(REQUEST)
                      .get("/tacit/app/reports/board?scenario=0")
                      .check(status().is(404)))
                  .pause(Duration.ofMillis(50), Duration.ofMillis(150)));

  {
    setUp(people.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(10))))
        .protocols(http.baseUrl(URL).userAgentHeader("Tacit load run (Gatling)").disableCaching())
        .assertions(global().failedRequests().count().is(0L));
  }
}
