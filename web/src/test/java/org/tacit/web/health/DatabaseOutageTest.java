package org.tacit.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/**
 * A database that does not answer is told apart from every other failure, however deep the
 * container wrapped it (as the fault run's PostgreSQL stop showed: EJB, Weld, Hibernate, the pool).
 */
class DatabaseOutageTest {

  @Test
  void aRefusedConnectionDeepInsideTheContainersWrappersIsAnOutage() {
    Throwable pool =
        new SQLException(
            "Error in allocating a connection", new ConnectException("Connection refused"));
    Throwable wrapped =
        new ServletException(
            new IllegalStateException(
                "Unable to invoke the service",
                new EJBException(
                    new PersistenceException("Unable to acquire JDBC Connection", pool))));

    assertThat(DatabaseOutage.cannotReachDatabase(wrapped)).isTrue();
  }

  @Test
  void aLostConnectionIsAnOutageByItsSqlState() {
    assertThat(DatabaseOutage.cannotReachDatabase(new SQLException("I/O error", "08006"))).isTrue();
    assertThat(DatabaseOutage.cannotReachDatabase(new SQLTransientConnectionException("timeout")))
        .isTrue();
  }

  /**
   * What a pooled connection meets first when PostgreSQL stops (DatabaseOutageIT): the server's
   * "terminating connection due to administrator command", under Weld's and the EJB container's
   * wrapping of a view bean's {@code @PostConstruct}.
   */
  @Test
  void aServerShuttingDownIsAnOutageButACancelledStatementIsNot() {
    Throwable shutdown =
        new IllegalStateException(
            "WELD-000049: Unable to invoke void ReportsView.load()",
            new EJBException(
                new PersistenceException(
                    new SQLException(
                        "FATAL: terminating connection due to administrator command", "57P01"))));
    assertThat(DatabaseOutage.cannotReachDatabase(shutdown)).isTrue();
    assertThat(DatabaseOutage.cannotReachDatabase(new SQLException("starting up", "57P03")))
        .isTrue();
    assertThat(
            DatabaseOutage.cannotReachDatabase(
                new SQLException("canceling statement due to statement timeout", "57014")))
        .isFalse();
  }

  /**
   * As the fault run met it: PostgreSQL stopped under a pooled connection, the transaction could
   * not enlist it, and the pool's SQLException has no SQLSTATE; PostgreSQL's own error is only text
   * in an XAException.
   */
  @Test
  void aConnectionThePoolCouldNotHandOutIsAnOutage() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: java.lang.RuntimeException: Got exception"
                + " during XAResource.start:",
            null,
            0,
            new RuntimeException(
                "Got exception during XAResource.start:",
                new XAException(
                    "com.sun.appserv.connectors.internal.api.PoolingException:"
                        + " jakarta.resource.spi.LocalTransactionException: This connection has"
                        + " been closed.")));

    assertThat(
            DatabaseOutage.cannotReachDatabase(
                new EJBException(
                    new PersistenceException(
                        "could not prepare statement", new RuntimeException(pool)))))
        .isTrue();
    assertThat(DatabaseOutage.cannotReachDatabase(new SQLException("Some driver failure", null, 0)))
        .as("no SQLSTATE, not the pool's words")
        .isFalse();
  }

  @Test
  void otherFailuresStayWhatTheyAre() {
    assertThat(
            DatabaseOutage.cannotReachDatabase(
                new PersistenceException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseOutage.cannotReachDatabase(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseOutage.cannotReachDatabase(new ServletException())).isFalse();
  }
}
