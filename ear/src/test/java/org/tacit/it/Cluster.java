package org.tacit.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The cluster of config/bin/tacit-cluster for the cluster tests: Keycloak, an embedded PostgreSQL,
 * the administration server, two instances of the deployment group and HAProxy in front, on
 * loopback ports of their own (from {@code tacit.it.cluster-port-base}), data in target/it-cluster.
 */
final class Cluster implements Address, AutoCloseable {

  private final int portBase = Integer.getInteger("tacit.it.cluster-port-base", 38000);
  private final int keycloakPort = portBase + 180;
  private final Path home = Path.of(System.getProperty("tacit.it.home", "target/it-cluster"));
  private EmbeddedPostgres postgres;

  static Cluster start() throws Exception {
    Cluster cluster = new Cluster();
    // A new domain each time: which group is live, and what an earlier run left, start afresh
    cluster.forgetEarlierRuns();
    cluster.postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
    try (Connection connection = cluster.postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create role tacit login password 'tacit-it-only'");
      statement.execute("create database tacit owner tacit");
    }
    cluster.script("start", Duration.ofMinutes(12));
    return cluster;
  }

  private void forgetEarlierRuns() throws IOException {
    if (java.nio.file.Files.isDirectory(home)) {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(home)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(file);
        }
      }
    }
  }

  /** The cluster's processes: those whose command line names its home. */
  java.util.List<Long> processes() throws IOException {
    return ListeningSockets.processesNaming(home);
  }

  /** Through HAProxy, as every user reaches the portal. */
  @Override
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + (portBase + 80) + "/tacit" + path);
  }

  @Override
  public String keycloakOrigin() {
    return "http://127.0.0.1:" + keycloakPort;
  }

  @Override
  public String label() {
    return "cluster";
  }

  /** Instance n alone, as HAProxy reaches it: 1 and 2 in the first group, 3 and 4 in the other. */
  Address instance(int n) {
    Cluster cluster = this;
    return new Address() {
      @Override
      public URI url(String path) {
        return URI.create("http://127.0.0.1:" + (portBase + 1000 + 100 * n + 80) + "/tacit" + path);
      }

      @Override
      public String keycloakOrigin() {
        return cluster.keycloakOrigin();
      }

      @Override
      public String label() {
        return "cluster";
      }
    };
  }

  /** The name HAProxy's sticky cookie gives instance {@code n}. */
  static String name(int n) {
    return "tacit-" + n;
  }

  void kill(int n) throws IOException, InterruptedException {
    script("kill " + n, Duration.ofMinutes(1));
  }

  /**
   * The EAR deployed to the group that is not live, HAProxy switched to it, the old group stopped
   * (blue-green; tacit-cluster update).
   */
  void update() throws IOException, InterruptedException {
    script("update", Duration.ofMinutes(15));
  }

  void revive(int n) throws IOException, InterruptedException {
    script("revive " + n, Duration.ofMinutes(6));
  }

  /** The database the instances share, for checks that read it directly. */
  Connection database() throws SQLException {
    return postgres.getDatabase("tacit", "tacit").getConnection();
  }

  @Override
  public void close() throws Exception {
    try {
      script("stop", Duration.ofMinutes(3));
    } finally {
      postgres.close();
    }
  }

  private void script(String command, Duration timeout) throws IOException, InterruptedException {
    ServerScript.run(clusterScript(), command, settings(), home, timeout);
  }

  private static String clusterScript() {
    return Path.of(System.getProperty("tacit.portal")).resolveSibling("tacit-cluster").toString();
  }

  private Map<String, String> settings() {
    Map<String, String> env = new HashMap<>();
    env.put("TACIT_HOME", home.toAbsolutePath().toString());
    env.put("TACIT_SERVERS", System.getProperty("tacit.servers"));
    env.put("TACIT_EAR", System.getProperty("tacit.ear"));
    env.put("TACIT_PORT_BASE", Integer.toString(portBase));
    env.put("TACIT_KEYCLOAK_PORT", Integer.toString(keycloakPort));
    env.put("TACIT_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/tacit");
    env.put("TACIT_DB_USER", "tacit");
    env.put("TACIT_DB_PASSWORD", "tacit-it-only");
    return env;
  }
}
