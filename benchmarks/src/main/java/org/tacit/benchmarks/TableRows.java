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
 * The stored rows of one table, read back as values with their column names and JDBC types: what
 * the product wrote, so that a baseline can write exactly the same rows, ids included.
 */
record TableRows(List<String> columns, int[] types, List<Object[]> rows) {

  /** Every column of {@code table}'s rows that {@code tail} selects and orders ("where ..."). */
  static TableRows read(Connection connection, String table, String tail) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("select * from " + table + " " + tail);
        ResultSet result = query.executeQuery()) {
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
