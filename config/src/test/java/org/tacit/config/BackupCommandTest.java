package org.tacit.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup command (bin/tacit-backup) against a real PostgreSQL: the portal's own migrations,
 * rows with hostile text, and the machine's pg_dump, pg_restore and psql (Debian's
 * postgresql-client). The server is an embedded PostgreSQL 15, the client's major version: pg_dump
 * refuses a newer server. The portal's user owns its database and may create others (CREATEDB), as
 * the restore needs; it is no superuser, and it signs in with a password that the password file has
 * to escape.
 */
class BackupCommandTest {

  private static final Path MIGRATIONS =
      Path.of("../ejb/src/main/resources/db/migration").toAbsolutePath().normalize();
  private static final String USER = "tacit";
  private static final String PASSWORD = "pa:ss\\wo'rd\"$x";
  private static final String HOSTILE =
      "Grüße aus Köln: 'single' \"double\" <script>alert('x')</script> 😀\n"
          + "second line\t\\backslash; drop table task; --";

  @TempDir static Path server;
  private static EmbeddedPostgres postgres;

  @TempDir Path work;

  @BeforeAll
  static void startPostgresqlWithThePortalsDatabase() throws Exception {
    Path hba = server.resolve("pg_hba.conf");
    Files.writeString(
        hba,
        """
        host all postgres 127.0.0.1/32 trust
        host all all 127.0.0.1/32 scram-sha-256
        """);
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(server.resolve("data"))
            .setPort(freePort())
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", server.toString())
            .setServerConfig("hba_file", hba.toString())
            .start();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute(
          "create role " + USER + " login createdb password '" + PASSWORD.replace("'", "''") + "'");
    }
    portalDatabase("tacit");
    try (Connection tacit = connect("tacit")) {
      insertOrganisation(tacit);
    }
  }

  @AfterAll
  static void stopPostgresql() throws IOException {
    postgres.close();
  }

  @Test
  void checkFindsEveryTableEqualInTheRestoreAndDropsItAfterwards() throws Exception {
    Result result = backup("tacit", "check");

    assertThat(result.exitCode()).as(result.output()).isZero();
    Map<String, Long> rows = rowsPerTable("tacit");
    assertThat(rows).containsKeys("department", "task", "flyway_schema_history");
    rows.forEach(
        (table, count) ->
            assertThat(result.output())
                .containsPattern("(?m)^" + table + " +" + count + " +" + count + "  OK$"));
    String latest = latestMigration();
    assertThat(result.output())
        .containsPattern("(?m)^Flyway version +" + latest + " +" + latest + "  OK$")
        .doesNotContain("DIFFERENT")
        .contains("The backup restores");
    Matcher restored =
        Pattern.compile("Dropped the check database '(\\w+)'").matcher(result.output());
    assertThat(restored.find()).as(result.output()).isTrue();
    assertThat(databaseExists(restored.group(1))).isFalse();
  }

  @Test
  void aDumpRestoredIntoANewDatabaseHoldsTheSameRowsHostileTextIncluded() throws Exception {
    Path dump = work.resolve("tacit.dump");

    assertThat(backup("tacit", "dump", dump.toString()).exitCode()).isZero();
    assertThat(dump).isNotEmptyFile();
    assertThat(dump.resolveSibling("tacit.dump.counts")).content().contains("task\t");
    assertThat(dump.resolveSibling("tacit.dump.tmp")).doesNotExist();
    try {
      Result restore = backup("tacit", "restore", dump.toString(), "tacit_copy");

      assertThat(restore.exitCode()).as(restore.output()).isZero();
      String everyText =
          "select code || '|' || name from department union all select statement from task"
              + " order by 1";
      List<String> copied = texts("tacit_copy", everyText);
      assertThat(copied).isEqualTo(texts("tacit", everyText)).contains("FIN|" + HOSTILE);
      assertThat(copied.stream().filter(text -> text.startsWith(HOSTILE))).hasSize(40);
    } finally {
      dropDatabase("tacit_copy");
    }
  }

  @Test
  void restoreRefusesADatabaseThatExistsAndLeavesItsDataAsItWas() throws Exception {
    Path dump = work.resolve("tacit.dump");
    assertThat(backup("tacit", "dump", dump.toString()).exitCode()).isZero();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("create database tacit_existing owner " + USER);
    }
    try (Connection existing = connect("tacit_existing");
        Statement statement = existing.createStatement()) {
      statement.execute("create table note (text varchar(100))");
      statement.execute("insert into note values ('written before the restore')");
    }
    try {
      Result restore = backup("tacit", "restore", dump.toString(), "tacit_existing");

      assertThat(restore.exitCode()).isNotZero();
      assertThat(restore.output())
          .contains("The database 'tacit_existing' already exists")
          .contains("it is left as it is");
      assertThat(texts("tacit_existing", "select text from note"))
          .containsExactly("written before the restore");
      assertThat(texts("tacit_existing", "select to_regclass('department')::text"))
          .containsOnlyNulls();
    } finally {
      dropDatabase("tacit_existing");
    }
  }

  @Test
  void aWrongPasswordIsSaidInOneLineWithoutThePassword() throws Exception {
    Result result = backup(settings("tacit", postgres.getPort(), "not-the-password-4711"), "check");

    assertReadableError(result, "refused user 'tacit' with this password (TACIT_DB_PASSWORD)");
    assertThat(result.output()).doesNotContain("not-the-password-4711");
  }

  @Test
  void aServerThatDoesNotAnswerIsSaidInOneLine() throws Exception {
    int nobody = freePort();

    Result result = backup(settings("tacit", nobody, PASSWORD), "dump", work + "/tacit.dump");

    assertReadableError(
        result, "PostgreSQL does not answer at 127.0.0.1:" + nobody + ". Is it running");
    assertThat(work.resolve("tacit.dump")).doesNotExist();
  }

  @Test
  void withoutPgDumpItSaysWhatToInstall() throws Exception {
    Map<String, String> settings = settings("tacit", postgres.getPort(), PASSWORD);
    settings.put("TACIT_PG_BIN", work.toString());

    assertReadableError(backup(settings, "check"), "install postgresql-client");
  }

  @Test
  void anH2DatabaseIsRefusedWithHowToBackItUp() throws Exception {
    Map<String, String> settings = settings("tacit", postgres.getPort(), PASSWORD);
    settings.put("TACIT_DB_URL", "jdbc:h2:file:/var/lib/tacit/data/tacit");

    assertReadableError(backup(settings, "check"), "copying its file while the portal is stopped");
  }

  @Test
  void checkOfAnOlderDumpWithoutItsCountsShowsRowsWrittenSinceAsDifferent() throws Exception {
    portalDatabase("tacit_since");
    Path dump = work.resolve("since.dump");
    try {
      assertThat(backup("tacit_since", "dump", dump.toString()).exitCode()).isZero();
      Files.delete(dump.resolveSibling("since.dump.counts"));
      try (Connection since = connect("tacit_since")) {
        insertOrganisation(since);
      }

      Result result = backup("tacit_since", "check", dump.toString());

      assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
      assertThat(result.output())
          .contains("comparing with 'tacit_since' as it is now")
          .containsPattern("(?m)^department +1 +0  DIFFERENT$")
          .containsPattern("(?m)^task +40 +0  DIFFERENT$")
          .contains("The restore DIFFERS from 'tacit_since' as it is now")
          .contains("Dropped the check database");
    } finally {
      dropDatabase("tacit_since");
    }
  }

  /**
   * Rows written while the check runs are in neither the dump nor the source's counts: both are
   * read in one snapshot. Without it the live count would run ahead of the restored one.
   */
  @Test
  void checkCountsTheSourceInTheDumpsSnapshotWhileThePortalWrites() throws Exception {
    portalDatabase("tacit_busy");
    try (Connection busy = connect("tacit_busy");
        Statement statement = busy.createStatement()) {
      statement.execute(
          "insert into keycloak_session_ended select 'old-' || n, now()"
              + " from generate_series(1, 100000) n");
    }
    AtomicBoolean checking = new AtomicBoolean(true);
    AtomicInteger written = new AtomicInteger();
    Thread portal = new Thread(() -> endSessionsWhile(checking, written));
    portal.start();
    try {
      while (written.get() < 10 && portal.isAlive()) {
        Thread.sleep(10); // the pause until the portal has started writing
      }
      int before = written.get();
      assertThat(before).as("sessions ended before the check").isGreaterThanOrEqualTo(10);

      Result result = backup("tacit_busy", "check");

      checking.set(false);
      portal.join();
      assertThat(written.get()).as("sessions ended during the check").isGreaterThan(before);
      assertThat(result.exitCode()).as(result.output()).isZero();
      Matcher line =
          Pattern.compile("(?m)^keycloak_session_ended +(\\d+) +(\\d+)  OK$")
              .matcher(result.output());
      assertThat(line.find()).as(result.output()).isTrue();
      assertThat(Long.parseLong(line.group(2)))
          .isGreaterThan(100_000)
          .isLessThan(rowsPerTable("tacit_busy").get("keycloak_session_ended"));
    } finally {
      checking.set(false);
      portal.join();
      dropDatabase("tacit_busy");
    }
  }

  /** Keycloak's logouts arriving one by one, each in its own transaction. */
  private static void endSessionsWhile(AtomicBoolean going, AtomicInteger written) {
    try (Connection busy = connect("tacit_busy");
        PreparedStatement end =
            busy.prepareStatement("insert into keycloak_session_ended values (?, now())")) {
      while (going.get()) {
        end.setString(1, "live-" + written.get());
        end.executeUpdate();
        written.incrementAndGet();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertReadableError(Result result, String says) {
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output().lines())
        .as("one line, no script trace")
        .singleElement()
        .asString()
        .startsWith("[tacit-backup] ERROR: ")
        .contains(says)
        .doesNotContain(PASSWORD)
        .doesNotContain("Exception");
  }

  /** A new database owned by the portal's user, migrated by Flyway from the ejb module's files. */
  private static void portalDatabase(String name) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name + " owner " + USER);
    }
    Flyway.configure()
        .dataSource(url(name), USER, PASSWORD)
        .locations("filesystem:" + MIGRATIONS)
        .load()
        .migrate();
  }

  /** A department with a hostile name, a role and forty tasks, some statements hostile too. */
  private static void insertOrganisation(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        PreparedStatement department =
            connection.prepareStatement(
                "insert into department (id, version, code, name) values (1, 0, 'FIN', ?)");
        PreparedStatement task =
            connection.prepareStatement(
                "insert into task (id, version, role_id, statement) values (?, 0, 1, ?)")) {
      department.setString(1, HOSTILE);
      department.executeUpdate();
      statement.execute(
          "insert into job_role (id, version, department_id, title) values (1, 0, 1, 'Clerk')");
      for (int id = 1; id <= 40; id++) {
        task.setInt(1, id);
        task.setString(2, HOSTILE + " #" + id);
        task.executeUpdate();
      }
    }
  }

  private static String latestMigration() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return Integer.toString(
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.matches("V\\d+__.*\\.sql"))
              .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .max()
              .orElseThrow());
    }
  }

  private static Map<String, Long> rowsPerTable(String database) throws SQLException {
    Map<String, Long> rows = new HashMap<>();
    for (String table :
        texts(database, "select tablename from pg_tables where schemaname = 'public'")) {
      rows.put(table, Long.valueOf(texts(database, "select count(*) from " + table).get(0)));
    }
    return rows;
  }

  private static List<String> texts(String database, String query) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      List<String> texts = new ArrayList<>();
      while (result.next()) {
        texts.add(result.getString(1));
      }
      return texts;
    }
  }

  private static boolean databaseExists(String name) throws SQLException {
    return !texts("tacit", "select datname from pg_database where datname = '" + name + "'")
        .isEmpty();
  }

  private static void dropDatabase(String name) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, PASSWORD);
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private Map<String, String> settings(String database, int port, String password) {
    Map<String, String> settings = new HashMap<>();
    settings.put("TACIT_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/" + database);
    settings.put("TACIT_DB_USER", USER);
    settings.put("TACIT_DB_PASSWORD", password);
    return settings;
  }

  private Result backup(String database, String... arguments)
      throws IOException, InterruptedException {
    return backup(settings(database, postgres.getPort(), PASSWORD), arguments);
  }

  private Result backup(Map<String, String> settings, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", Path.of("bin/tacit-backup").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("TACIT_") || name.startsWith("PG"));
    env.put("HOME", work.toString());
    env.put("TMPDIR", work.toString());
    env.putAll(settings);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tacit-backup " + String.join(" ", arguments) + " took over 60 s");
    }
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}
}
