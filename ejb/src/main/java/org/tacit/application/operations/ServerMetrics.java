package org.tacit.application.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.tacit.application.access.Work;
import org.tacit.application.access.WorkPermits;

/**
 * This server's figures in the application scope of {@code /metrics} (Prometheus text; names as
 * there, e.g. {@code tacit_runs_seconds}). Each server counts its own: an operator adds them up
 * across the deployment group. What each figure means and what to watch for is in
 * docs/operations.md, "Metrics".
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the registry is thread-safe
@PermitAll // the server itself records; nobody reads a person's data through it
public class ServerMetrics {

  private static final Metadata RUNS =
      Metadata.builder()
          .withName("tacit.runs")
          .withDescription("Assessment runs, from their start to their end")
          .withUnit(MetricUnits.NANOSECONDS) // recorded in nanoseconds, shown in seconds
          .build();

  private static final Metadata REFRESH =
      Metadata.builder()
          .withName("tacit.figures.refresh")
          .withDescription(
              "From a refresh's start until dashboards show the figures of the data as edited:"
                  + " how long they showed the figures before")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  /** None outside a server (the unit tests' hand-wired services): then nothing is recorded. */
  @Inject MetricRegistry registry;

  @Inject WorkPermits permits;

  @PostConstruct
  void register() {
    for (Work work : Work.values()) {
      registry.gauge(
          Metadata.builder()
              .withName("tacit.work.underway")
              .withDescription(
                  "Work of this kind under way on this server now, everyone's together: runs,"
                      + " imports and PDF renders hold a permit until they end")
              .build(),
          permits,
          p -> p.underWay(work),
          new Tag("work", work.name().toLowerCase(Locale.ROOT)));
    }
    DatabaseConnections connections = new DatabaseConnections();
    for (DatabaseConnections.State state : DatabaseConnections.State.values()) {
      registry.gauge(
          Metadata.builder()
              .withName("tacit.database.connections")
              .withDescription(
                  "The portal's connection pool (tacit-pool): connections in use, free, and"
                      + " requests waiting for one; NaN until Payara's pool monitoring is on")
              .build(),
          connections,
          c -> c.now(state),
          new Tag("state", state.name().toLowerCase(Locale.ROOT)));
    }
  }

  /** An assessment run ended, stored ({@code done}) or not, {@code took} after it started. */
  public void runEnded(Duration took, boolean done) {
    if (registry != null) {
      registry.timer(RUNS, new Tag("outcome", done ? "done" : "failed")).update(took);
    }
  }

  /** Dashboards show the figures of the data as it is now, {@code after} the refresh began. */
  public void figuresShown(Duration after) {
    if (registry != null) {
      registry.timer(REFRESH).update(after);
    }
  }
}
