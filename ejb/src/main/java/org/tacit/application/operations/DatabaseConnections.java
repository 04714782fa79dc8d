package org.tacit.application.operations;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The portal's connection pool as Payara's monitoring sees it, read from its AMX bean. Payara's own
 * pool metrics come from a health checker that reported zeros here; the AMX bean is the figure its
 * admin console shows. It exists once the pool's monitoring level is HIGH and AMX is on
 * (config/payara/pre-boot.asadmin and tacit-group.asadmin set both).
 */
final class DatabaseConnections {

  enum State {
    USED("numconnused"),
    FREE("numconnfree"),
    WAITING("waitqueuelength");

    private final String attribute;

    State(String attribute) {
      this.attribute = attribute;
    }
  }

  /** Named in config/payara/datasource-*.asadmin. */
  private static final String POOL = "tacit-pool";

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

  /** The figure now, or NaN while the pool's monitoring bean does not exist. */
  double now(State state) {
    try {
      // pp names the server instance (server, tacit-1, ...): match any
      Set<ObjectName> beans =
          server.queryNames(
              new ObjectName("amx:type=jdbc-connection-pool-mon,name=resources/" + POOL + ",*"),
              null);
      if (beans.isEmpty()) {
        return Double.NaN;
      }
      return number(server.getAttribute(beans.iterator().next(), state.attribute));
    } catch (JMException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** A monitoring statistic is a count or a range; both carry "current" or "count". */
  private static double number(Object statistic) {
    if (statistic instanceof Number number) {
      return number.doubleValue();
    }
    if (statistic instanceof CompositeData data) {
      for (String key : new String[] {"current", "count"}) {
        if (data.containsKey(key) && data.get(key) instanceof Number number) {
          return number.doubleValue();
        }
      }
    }
    return Double.NaN;
  }
}
