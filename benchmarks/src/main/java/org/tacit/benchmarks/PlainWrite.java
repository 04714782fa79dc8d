package org.tacit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The two fastest ways a Java client has to store rows, with no ORM and no per-row work beyond
 * binding values: the yardstick for what the product's writes could cost on this hardware.
 */
enum PlainWrite {

  /** {@code PreparedStatement.addBatch/executeBatch}, 500 rows a batch, as the product's unit. */
  JDBC_BATCH("JDBC batch") {
    @Override
    void write(Connection connection, String table, TableRows rows) throws SQLException {
      String placeholders = "?, ".repeat(rows.columns().size() - 1) + "?";
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into "
                  + table
                  + " ("
                  + columnList(rows)
                  + ") values ("
                  + placeholders
                  + ")")) {
        int n = 0;
        for (Object[] row : rows.rows()) {
          for (int c = 0; c < row.length; c++) {
            if (row[c] == null) {
              insert.setNull(c + 1, rows.types()[c]);
            } else {
              insert.setObject(c + 1, row[c]);
            }
          }
          insert.addBatch();
          if (++n % BATCH == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
    }
  },

  /** PostgreSQL's {@code COPY ... FROM STDIN} through pgjdbc, the rows streamed as text. */
  COPY("COPY") {
    @Override
    void write(Connection connection, String table, TableRows rows) throws SQLException {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy " + table + " (" + columnList(rows) + ") from stdin");
      try {
        StringBuilder chunk = new StringBuilder(2 * CHUNK);
        for (Object[] row : rows.rows()) {
          CopyText.appendRow(chunk, row);
          if (chunk.length() >= CHUNK) {
            send(copy, chunk);
          }
        }
        send(copy, chunk);
        copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy(); // a failed copy must not leave the connection in COPY mode
        }
      }
    }

    private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
      byte[] bytes = chunk.toString().getBytes(UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      chunk.setLength(0);
    }
  };

  static final int BATCH = 500;

  /** Characters sent to the server at a time: large enough that calls cost nothing, small heap. */
  private static final int CHUNK = 64 * 1024;

  private final String label;

  PlainWrite(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Writes every row into {@code table} within the connection's current transaction. */
  abstract void write(Connection connection, String table, TableRows rows) throws SQLException;

  private static String columnList(TableRows rows) {
    return String.join(", ", rows.columns());
  }
}
