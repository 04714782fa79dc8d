package org.tacit.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The running portal under test: Keycloak and Payara started through config/bin/tacit-portal, the
 * same script the README's run command uses, with this fork's database. Started once per test JVM
 * (the first test class that needs it) and stopped when the JVM's tests are done.
 */
public final class Portal
    implements Address, BeforeAllCallback, ExtensionContext.Store.CloseableResource {

  private static Portal running;

  private final Database database = Database.fromSystemProperty();
  private final int portBase = Integer.getInteger("tacit.it.port-base", 28000);
  private final int keycloakPort = Integer.getInteger("tacit.it.keycloak-port", 28180);
  private EmbeddedPostgres postgres;
  private volatile StoppedDatabase stoppedDatabase;

  /** Which database this test JVM runs against, chosen by the failsafe execution. */
  public enum Database {
    H2("H2"),
    POSTGRESQL("PostgreSQL");

    private final String productName;

    Database(String productName) {
      this.productName = productName;
    }

    public String productName() {
      return productName;
    }

    static Database fromSystemProperty() {
      return valueOf(System.getProperty("tacit.it.database", "h2").toUpperCase());
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (Portal.class) {
      startOnce(context);
    }
  }

  private void startOnce(ExtensionContext context) throws Exception {
    if (running == null) {
      start();
      running = this;
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Portal.class, this);
    }
  }

  public static Portal get() {
    if (running == null) {
      throw new IllegalStateException("Annotate the test class with @ExtendWith(Portal.class).");
    }
    return running;
  }

  @Override
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + (portBase + 80) + "/tacit" + path);
  }

  public URI healthUrl() {
    return URI.create("http://127.0.0.1:" + (portBase + 80) + "/health/ready");
  }

  @Override
  public String keycloakOrigin() {
    return "http://127.0.0.1:" + keycloakPort;
  }

  @Override
  public String label() {
    return database.name().toLowerCase();
  }

  public Database database() {
    return database;
  }

  /** The process ids of the running Payara server and Keycloak (the JVMs, not their scripts). */
  public List<Long> serverProcesses() throws IOException {
    Path home = home();
    long payara =
        Long.parseLong(Files.readString(home.resolve("domains/tacit/config/pid")).strip());
    long keycloakScript =
        Long.parseLong(Files.readString(home.resolve("keycloak/keycloak.pid")).strip());
    List<Long> pids = new java.util.ArrayList<>(List.of(payara, keycloakScript));
    ProcessHandle.of(keycloakScript)
        .ifPresent(script -> script.descendants().forEach(child -> pids.add(child.pid())));
    return pids;
  }

  private static Path home() {
    return Path.of(System.getProperty("tacit.it.home", "target/it-home"));
  }

  public void stopKeycloak() throws IOException, InterruptedException {
    script("stop-keycloak", Duration.ofMinutes(1));
  }

  public void startKeycloak() throws IOException, InterruptedException {
    script("start-keycloak", Duration.ofMinutes(5));
  }

  /**
   * Stops the PostgreSQL server as an outage would (every connection cut, none accepted), keeping
   * its data and port for {@link #startDatabase()}.
   */
  public void stopDatabase() throws IOException, InterruptedException, SQLException {
    requirePostgres();
    Path data;
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("show data_directory")) {
      rows.next();
      data = Path.of(rows.getString(1));
    }
    stoppedDatabase = new StoppedDatabase(data);
    stoppedDatabase.pgCtl("stop", "-m", "fast");
  }

  /** Starts PostgreSQL again on its port, with the options it was started with. */
  public void startDatabase() throws IOException, InterruptedException {
    requirePostgres();
    StoppedDatabase stopped = stoppedDatabase;
    if (stopped != null) {
      stopped.pgCtl(
          "start",
          "-l",
          stopped.data.resolveSibling("restarted.log").toString(),
          "-o",
          stopped.options());
      stoppedDatabase = null;
    }
  }

  private void requirePostgres() {
    if (postgres == null) {
      throw new IllegalStateException("Only the PostgreSQL portal has a database to stop.");
    }
  }

  /**
   * The server's own record of how it was started (postmaster.opts: the binary, then its quoted
   * options), read before it stops, so that it comes back exactly as the embedded one started it.
   */
  private record StoppedDatabase(Path data, List<String> commandLine) {

    StoppedDatabase(Path data) throws IOException {
      this(data, quotedWords(Files.readString(data.resolve("postmaster.opts")).strip()));
    }

    private static List<String> quotedWords(String line) {
      List<String> words = new java.util.ArrayList<>();
      words.add(line.substring(0, line.indexOf(' ')));
      java.util.regex.Matcher quoted =
          java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(line);
      while (quoted.find()) {
        words.add(quoted.group(1));
      }
      return words;
    }

    /** The options after the data directory (-D is given to pg_ctl itself). */
    String options() {
      StringBuilder options = new StringBuilder();
      for (int i = 1; i < commandLine.size(); i++) {
        if ("-D".equals(commandLine.get(i))) {
          i++;
          continue;
        }
        options.append(' ').append('"').append(commandLine.get(i)).append('"');
      }
      return options.toString().strip();
    }

    void pgCtl(String... arguments) throws IOException, InterruptedException {
      Path pgCtl = Path.of(commandLine.get(0)).resolveSibling("pg_ctl");
      List<String> command = new java.util.ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        // PostgreSQL refuses root; the embedded one runs in a user namespace, and so does this
        command.addAll(List.of("unshare", "-U"));
      }
      command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-w", "-t", "60"));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("pg_ctl " + arguments[0] + " failed: " + output);
      }
    }
  }

  private void start() throws Exception {
    if (database == Database.POSTGRESQL) {
      postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
      createTacitDatabase();
    }
    script("start", Duration.ofMinutes(8));
  }

  @Override
  public void close() throws Exception {
    synchronized (Portal.class) {
      running = null; // a rerun of a flaky test in this JVM starts the servers again
    }
    try {
      script("stop", Duration.ofMinutes(2));
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** An owner with a password, as production has, rather than the superuser. */
  private void createTacitDatabase() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role tacit login password 'tacit-it-only'");
      statement.execute("create database tacit owner tacit");
    }
  }

  private void script(String command, Duration timeout) throws IOException, InterruptedException {
    Path home = home();
    ServerScript.run(System.getProperty("tacit.portal"), command, settings(home), home, timeout);
  }

  private Map<String, String> settings(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("TACIT_HOME", home.toAbsolutePath().toString());
    env.put("TACIT_SERVERS", System.getProperty("tacit.servers"));
    env.put("TACIT_EAR", System.getProperty("tacit.ear"));
    env.put("TACIT_PORT_BASE", Integer.toString(portBase));
    env.put("TACIT_KEYCLOAK_PORT", Integer.toString(keycloakPort));
    env.put("TACIT_DB", database.name().toLowerCase());
    if (postgres != null) {
      env.put("TACIT_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/tacit");
      env.put("TACIT_DB_USER", "tacit");
      env.put("TACIT_DB_PASSWORD", "tacit-it-only");
    }
    return env;
  }
}
