package org.tacit.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Signing in as a person does, through Keycloak's own form: the load runs' first step. */
final class KeycloakSignIn {

  static final List<String> DEMO_USERS = List.of("sam", "ada", "hedda", "vic");

  private KeycloakSignIn() {}

  /**
   * Demo users in turn: several sessions of one person are fine, each has its own cookies. {@code
   * turn} says which of that person's sessions this is.
   */
  static Iterator<Map<String, Object>> people() {
    return Stream.iterate(0, n -> n + 1)
        .map(
            n ->
                Map.<String, Object>of(
                    "user", DEMO_USERS.get(n % DEMO_USERS.size()), "turn", n / DEMO_USERS.size()))
        .iterator();
  }

  /** The Reports page asks for sign-in; Keycloak's form answers with the page itself. */
  static ChainBuilder chain() {
    return group("sign-in")
        .on(
            exec(http("open the portal")
                    .get("/tacit/app/reports/")
                    .check(css("#kc-form-login", "action").saveAs("signInAction")))
                .exec(
                    http("Keycloak sign-in")
                        .post("#{signInAction}")
                        .formParam("username", "#{user}")
                        .formParam("password", "demo")
                        .formParam("credentialId", "")
                        .check(substring("reports-form").exists())));
  }
}
