package org.tacit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stored rows of one table, read back as values with their column names and JDBC types: what the
 * product wrote, so that a baseline can write exactly the same rows, ids included. They are read a
 * page at a time, so that the baseline's heap holds one page and its time is not the collector's.
 */
record TableRows(List<String> columns, int[] types, List<Object[]> rows) {

  /** Rows a page holds: 20 JDBC batches. */
  static final int PAGE = 10_000;

  /**
   * Every column of the rows of {@code table} that {@code condition} selects, in pages of {@link
   * #PAGE} in the order of {@code key} (a whole-number column unique among them), each handed to
   * {@code each}.
   */
  static void inPages(
      Connection connection, String table, String condition, String key, PageWork each)
      throws SQLException {
    long after = Long.MIN_VALUE;
    while (true) {
      TableRows page =
          read(
              connection,
              "select * from "
                  + table
                  + " where "
                  + condition
                  + " and "
                  + key
                  + " > ? order by "
                  + key
                  + " limit "
                  + PAGE,
              after);
      if (page.rows.isEmpty()) {
        return;
      }
      each.accept(page);
      after = ((Number) page.rows.get(page.size() - 1)[page.columns.indexOf(key)]).longValue();
    }
  }

  /** What a baseline does with each page. */
  interface PageWork {
    void accept(TableRows page) throws SQLException;
  }

  private static TableRows read(Connection connection, String sql, long after) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, after);
      return read(query.executeQuery());
    }
  }

  private static TableRows read(ResultSet stored) throws SQLException {
    try (ResultSet result = stored) {
      ResultSetMetaData meta = result.getMetaData();
      List<String> columns = new ArrayList<>();
      int[] types = new int[meta.getColumnCount()];
      for (int c = 1; c <= types.length; c++) {
        columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
        types[c - 1] = meta.getColumnType(c);
      }
      List<Object[]> rows = new ArrayList<>();
      while (result.next()) {
        Object[] row = new Object[types.length];
        for (int c = 1; c <= types.length; c++) {
          // pgjdbc gives timestamptz as a Timestamp in the JVM's zone; the offset keeps the instant
          row[c - 1] =
              withTimeZone(types[c - 1], meta.getColumnTypeName(c))
                  ? result.getObject(c, OffsetDateTime.class)
                  : result.getObject(c);
        }
        rows.add(row);
      }
      return new TableRows(List.copyOf(columns), types, rows);
    }
  }

  int size() {
    return rows.size();
  }

  /** The same rows with {@code column} set to {@code value} in every one (a run of their own). */
  TableRows with(String column, Object value) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + columns);
    }
    for (Object[] row : rows) {
      row[index] = value;
    }
    return this;
  }

  private static boolean withTimeZone(int type, String typeName) {
    return type == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equalsIgnoreCase(typeName);
  }
}
