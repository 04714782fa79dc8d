package org.tacit.benchmarks.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL 17 (zonky's binaries from Maven Central) for the load run's portal, on a fixed
 * loopback port and a data folder that outlives it, running until this process is stopped: the
 * portal connects with {@code TACIT_DB=postgresql
 * TACIT_DB_URL=jdbc:postgresql://127.0.0.1:PORT/postgres}. Durable settings (fsync, synchronous
 * commit) as a production database has them.
 *
 * <pre>java org.tacit.benchmarks.load.LoadDatabase PORT DATA_FOLDER</pre>
 */
public final class LoadDatabase {

  private LoadDatabase() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int port = Integer.parseInt(args[0]);
    Path data = Path.of(args[1]);
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "100")
            .start()) {
      System.out.println("[load database] ready: " + postgres.getJdbcUrl("postgres", "postgres"));
      new CountDownLatch(1).await(); // until the process is stopped
    }
  }
}
