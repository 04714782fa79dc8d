package org.tacit.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the hardware allows for the import's writes: the very rows the product's import stored
 * (departments, roles, tasks and their history entries, ids included), read back untimed and
 * written again, table by table in one transaction, into a schema of their own that the portal's
 * migrations built the same way. The ids are the product's, so no sequence is asked for any: the
 * baseline's ids are in effect assigned in one block beforehand.
 */
final class ImportBaseline {

  /** Beside the product's schema, in the same database, so both share its cache and its disk. */
  static final String SCHEMA = "baseline";

  /** In the order the foreign keys need; the history last, since a baseline may leave it out. */
  private static final List<String> INVENTORY = List.of("department", "job_role", "task");

  private static final String HISTORY = "inventory_change";

  private ImportBaseline() {}

  /**
   * Writes the product's stored import again with {@code how}: first the inventory (departments,
   * roles, tasks), then the history, then the commit; only the writes and the commit are timed.
   */
  static Timing write(BenchmarkDatabase database, PlainWrite how) throws SQLException {
    database.freshSchema(SCHEMA);
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      long inventory = 0;
      int rows = 0;
      for (String table : INVENTORY) {
        TableRows stored = TableRows.read(connection, table, "order by id");
        inventory += timed(() -> how.write(connection, target(table), stored));
        rows += stored.size();
      }
      TableRows history = TableRows.read(connection, HISTORY, "order by id");
      long all = inventory + timed(() -> how.write(connection, target(HISTORY), history));
      all += timed(connection::commit);
      return new Timing(how, inventory / 1_000_000, all / 1_000_000, rows + history.size());
    }
  }

  /** Quoted, because Flyway creates the schema quoted: H2 would otherwise look for BASELINE. */
  private static String target(String table) {
    return "\"" + SCHEMA + "\"." + table;
  }

  private static long timed(SqlWork work) throws SQLException {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /**
   * One baseline write: {@code inventoryMillis} for departments, roles and tasks alone (without the
   * commit), {@code allMillis} for everything the import writes, history and commit included.
   */
  record Timing(PlainWrite how, long inventoryMillis, long allMillis, int rows) {}
}
