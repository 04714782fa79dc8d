package org.tacit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run command (bin/tacit-portal) starts the demo realm, whose users, passwords and secrets are
 * public: it refuses any bind address but loopback before it starts anything. Once running, it says
 * so when a server dies instead of going on as if the portal were up. No server is started here:
 * the servers folder is empty, so a start that got past the check stops at once saying Keycloak is
 * missing.
 */
class RunCommandTest {

  private static final String REFUSAL = "is not a loopback address";

  @TempDir Path home;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "::",
        "192.168.1.20",
        "10.0.0.7",
        "tacit.example.com",
        "127.0.0.1.example.com"
      })
  void theRunCommandRefusesToBindTheDemoAnywhereButLoopback(String address) throws Exception {
    for (String command : new String[] {"run", "start", "start-keycloak"}) {
      Result result = run(command, Map.of("TACIT_BIND_ADDRESS", address));

      assertThat(result.exitCode()).as(command).isNotZero();
      assertThat(result.output())
          .as(command)
          .contains("TACIT_BIND_ADDRESS=" + address + " " + REFUSAL)
          .contains("DEMO realm")
          .doesNotContain("Starting");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.168.1.20"})
  void theClusterCommandRefusesToBindAnywhereButLoopbackToo(String address) throws Exception {
    Result result = run("bin/tacit-cluster", "start", Map.of("TACIT_BIND_ADDRESS", address));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("TACIT_BIND_ADDRESS=" + address + " " + REFUSAL)
        .doesNotContain("Starting");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.168.1.20"})
  void anotherIdentityProviderDoesNotLiftTheRefusal(String address) throws Exception {
    Result result =
        run(
            "start",
            Map.of(
                "TACIT_BIND_ADDRESS", address,
                "TACIT_OIDC_PROVIDER_URI", "https://sso.example.com/realms/tacit",
                "TACIT_OIDC_CLIENT_SECRET", "a-real-secret"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("TACIT_BIND_ADDRESS=" + address + " " + REFUSAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "::1", "localhost"})
  void loopbackAddressesPassTheCheck(String address) throws Exception {
    Result result = run("start", Map.of("TACIT_BIND_ADDRESS", address));

    assertThat(result.output()).doesNotContain(REFUSAL).contains("Keycloak is not in");
  }

  @Test
  void watchingSaysWhenPayaraHasDiedAndFails() throws Exception {
    Result result = watch(living(), dead());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("Payara has stopped (it was not asked to): the portal is down.")
        .contains(home.resolve("portal/domains/tacit/logs/server.log").toString())
        .doesNotContain("Keycloak has stopped");
  }

  @Test
  void watchingSaysWhenKeycloakHasDiedAndFails() throws Exception {
    Result result = watch(dead(), living());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("Keycloak has stopped (it was not asked to): nobody can sign in.")
        .contains(home.resolve("portal/logs/keycloak.log").toString());
  }

  /** Watches servers whose process ids the pid files name, as the run command does. */
  private Result watch(String keycloakPid, String payaraPid)
      throws IOException, InterruptedException {
    Files.createDirectories(home.resolve("portal/keycloak"));
    Files.createDirectories(home.resolve("portal/domains/tacit/config"));
    Files.writeString(home.resolve("portal/keycloak/keycloak.pid"), keycloakPid);
    Files.writeString(home.resolve("portal/domains/tacit/config/pid"), payaraPid);
    return run("watch", Map.of());
  }

  /** A process that lives as long as the test: this one. */
  private static String living() {
    return Long.toString(ProcessHandle.current().pid());
  }

  /** A process that has ended. */
  private static String dead() throws IOException, InterruptedException {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    return Long.toString(ended.pid());
  }

  private Result run(String command, Map<String, String> settings)
      throws IOException, InterruptedException {
    return run("bin/tacit-portal", command, settings);
  }

  private Result run(String script, String command, Map<String, String> settings)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", Path.of(script).toAbsolutePath().toString(), command)
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("TACIT_"));
    env.put("HOME", home.toString());
    env.put("TACIT_HOME", home.resolve("portal").toString());
    env.put("TACIT_SERVERS", home.resolve("no-servers").toString());
    env.put("TACIT_PORT_BASE", "21000");
    env.put("TACIT_KEYCLOAK_PORT", "1"); // nothing listens there: the port check passes
    env.putAll(settings);
    Process process = builder.start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(script + " " + command + " did not return within 30 s");
    }
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}
}
