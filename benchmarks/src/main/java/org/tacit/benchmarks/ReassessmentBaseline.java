package org.tacit.benchmarks;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;

/**
 * What the hardware allows for a reassessment's writes: the 100,000 {@code assessed_task} rows the
 * product's run stored, read back untimed a page at a time and written again under a run of their
 * own into the same table, then the commit; only the writes and the commit are timed. Afterwards
 * the copy is deleted, so that the product's next run meets the table it would have met without the
 * baseline.
 */
final class ReassessmentBaseline {

  private static final String TABLE = "assessed_task";

  private ReassessmentBaseline() {}

  /** Milliseconds to write run {@code productRunId}'s rows again with {@code how}, and commit. */
  static long write(EntityManagerFactory jpa, DataSource data, long productRunId, PlainWrite how)
      throws SQLException {
    long runId = emptyRun(jpa);
    try (Connection connection = data.getConnection()) {
      connection.setAutoCommit(false);
      long[] nanos = {0};
      TableRows.inPages(
          connection,
          TABLE,
          "run_id = " + productRunId,
          "task_id",
          page -> {
            page.with("run_id", runId);
            long start = System.nanoTime();
            how.write(connection, TABLE, page);
            nanos[0] += System.nanoTime() - start;
          });
      long start = System.nanoTime();
      connection.commit();
      long millis = (nanos[0] + System.nanoTime() - start) / 1_000_000;
      delete(connection, runId, productRunId);
      return millis;
    }
  }

  /** A run row for the copy to belong to (the rows' foreign key), stored as the product does. */
  private static long emptyRun(EntityManagerFactory jpa) {
    return ReassessmentBenchmark.inTransaction(
        jpa,
        em -> {
          AssessmentRepository runs = new AssessmentRepository(em);
          AssessmentRun run =
              new AssessmentRun(
                  AssessmentScope.organisation(), "Baseline", 1, "benchmark", Instant.now());
          runs.add(run);
          runs.flush();
          return run.id();
        });
  }

  /** Deletes the copy, after checking that it holds as many rows as the product's run. */
  private static void delete(Connection connection, long runId, long productRunId)
      throws SQLException {
    int copied = AssessedTaskRows.count(connection, runId, (Collection<String>) null);
    int stored = AssessedTaskRows.count(connection, productRunId, (Collection<String>) null);
    if (copied != stored) {
      throw new IllegalStateException("The baseline copied " + copied + " of " + stored + " rows.");
    }
    try (PreparedStatement tasks =
            connection.prepareStatement("delete from " + TABLE + " where run_id = ?");
        PreparedStatement run =
            connection.prepareStatement("delete from assessment_run where id = ?")) {
      tasks.setLong(1, runId);
      tasks.executeUpdate();
      run.setLong(1, runId);
      run.executeUpdate();
    }
    connection.commit();
  }
}
