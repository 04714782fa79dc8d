package org.tacit.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One command of config/bin/tacit-portal or tacit-cluster, its output kept in a log beside. */
final class ServerScript {

  private ServerScript() {}

  static void run(
      String script, String command, Map<String, String> env, Path home, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(home);
    String name = Path.of(script).getFileName().toString();
    Path log = home.resolve(name.replace("tacit-", "") + "-" + command.replace(' ', '-') + ".log");
    List<String> words = new ArrayList<>(List.of("bash", script));
    words.addAll(List.of(command.split(" ")));
    ProcessBuilder builder =
        new ProcessBuilder(words).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " " + command + " took longer than " + timeout);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " " + command + " failed:\n" + Files.readString(log));
    }
  }
}
