package org.tacit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The baseline's reading and batch writing on an in-memory H2, with a table like the history. */
class PlainWriteTest {

  private static final String COLUMNS =
      " (id bigint primary key, changed_at timestamp(6) with time zone not null,"
          + " subject varchar(4000) not null, after_text varchar(4000), share numeric(5,2),"
          + " level smallint, estimated boolean not null)";

  private Connection connection;

  @BeforeEach
  void createTables() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:plain-write", "sa", "");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("create table stored" + COLUMNS);
      ddl.execute("create table copied" + COLUMNS);
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("drop all objects");
    }
    connection.close();
  }

  @Test
  void pagesHandOverEveryStoredRowOnceInKeyOrder() throws SQLException {
    int stored = TableRows.PAGE * 2 + 7; // two full pages and a short one
    store(stored);
    List<Integer> pageSizes = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    TableRows.inPages(
        connection,
        "stored",
        "1 = 1",
        "id",
        page -> {
          pageSizes.add(page.size());
          page.rows().forEach(row -> ids.add(((Number) row[0]).longValue()));
        });
    assertThat(pageSizes).containsExactly(TableRows.PAGE, TableRows.PAGE, 7);
    assertThat(ids).hasSize(stored).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aJdbcBatchWritesTheSameRowsNullsTimesAndNumbersIncluded() throws SQLException {
    store(1_234);
    TableRows.inPages(
        connection,
        "stored",
        "1 = 1",
        "id",
        page -> PlainWrite.JDBC_BATCH.write(connection, "copied", page));
    assertThat(differences()).isZero();
    assertThat(count("copied")).isEqualTo(1_234);
  }

  private void store(int rows) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into stored values (?, timestamp with time zone '2026-12-07"
                + " 09:30:00.123456+01', ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= rows; id++) {
        insert.setLong(1, id * 3L); // gaps, as ids from sequences have
        insert.setString(2, "Check\tthe plan\nof role " + id + " \\ done");
        insert.setString(3, id % 2 == 0 ? null : "after " + id);
        insert.setBigDecimal(4, id % 3 == 0 ? null : new java.math.BigDecimal("2.50"));
        insert.setObject(5, id % 5 == 0 ? null : (short) (id % 5));
        insert.setBoolean(6, id % 7 == 0);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Rows of either table that the other lacks, compared column by column. */
  private int differences() throws SQLException {
    return count("(select * from stored except select * from copied) as missing")
        + count("(select * from copied except select * from stored) as added");
  }

  private int count(String rows) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select count(*) from " + rows);
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getInt(1);
    }
  }
}
