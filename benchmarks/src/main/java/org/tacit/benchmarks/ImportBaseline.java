package org.tacit.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the hardware allows for the import's writes: the very rows the product's import stored
 * (departments, roles, tasks and their history entries, ids included), read back untimed a page at
 * a time and written again, in one transaction, into a schema of their own that the portal's
 * migrations built the same way. The ids are the product's, so no sequence is asked for any: the
 * baseline's ids are in effect assigned in one block beforehand.
 */
final class ImportBaseline {

  /** Beside the product's schema, in the same database, so both share its cache and its disk. */
  static final String SCHEMA = "baseline";

  /** In the order the foreign keys need. */
  private static final List<String> INVENTORY = List.of("department", "job_role", "task");

  private static final String HISTORY = "inventory_change";

  private ImportBaseline() {}

  /**
   * Writes the product's stored import again with {@code how}: the inventory (departments, roles,
   * tasks), the history, the commit, each timed on its own; reading the product's rows is not.
   */
  static Timing write(BenchmarkDatabase database, PlainWrite how) throws SQLException {
    database.freshSchema(SCHEMA);
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      Copied inventory = new Copied();
      for (String table : INVENTORY) {
        inventory.copy(connection, table, how);
      }
      Copied history = new Copied().copy(connection, HISTORY, how);
      long start = System.nanoTime();
      connection.commit();
      return new Timing(
          inventory.nanos / 1_000_000,
          history.nanos / 1_000_000,
          (System.nanoTime() - start) / 1_000_000,
          inventory.rows + history.rows);
    }
  }

  /** Rows copied and the time their writes took. */
  private static final class Copied {
    private long nanos;
    private int rows;

    Copied copy(Connection connection, String table, PlainWrite how) throws SQLException {
      // Quoted, because Flyway creates the schema quoted: H2 would otherwise look for BASELINE
      String target = "\"" + SCHEMA + "\"." + table;
      TableRows.inPages(
          connection,
          table,
          "1 = 1",
          "id",
          page -> {
            long start = System.nanoTime();
            how.write(connection, target, page);
            nanos += System.nanoTime() - start;
            rows += page.size();
          });
      return this;
    }
  }

  /**
   * One baseline write, in milliseconds: departments, roles and tasks; their history entries; the
   * commit.
   */
  record Timing(long inventoryMillis, long historyMillis, long commitMillis, int rows) {

    long allMillis() {
      return inventoryMillis + historyMillis + commitMillis;
    }
  }
}
