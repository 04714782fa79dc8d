package org.tacit.application.operations;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The portal's connection pool as Payara's monitoring sees it, read from its AMX bean. Payara's own
 * pool metrics come from a health checker that reported zeros here; the AMX bean holds the figures
 * its admin console shows. Its figures need the pool's monitoring level HIGH
 * (config/payara/pre-boot.asadmin, tacit-group.asadmin); the bean itself exists only once AMX has
 * been booted, which nothing in a server instance does by itself, so the first reading boots it.
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

  private static final String BOOT = "amx-support:type=boot-amx";

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private volatile boolean booted;

  /** The figure now, or NaN while the pool's monitoring bean does not exist. */
  double now(State state) {
    try {
      Set<ObjectName> beans = poolBeans();
      if (beans.isEmpty() && !booted) {
        booted = true; // once: booting again would find nothing more
        server.invoke(new ObjectName(BOOT), "bootAMX", null, null);
        beans = poolBeans();
      }
      if (beans.isEmpty()) {
        return Double.NaN;
      }
      return number(server.getAttribute(beans.iterator().next(), state.attribute));
    } catch (JMException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** pp names the server instance (server, tacit-1, ...): any. */
  private Set<ObjectName> poolBeans() throws JMException {
    return server.queryNames(
        new ObjectName("amx:type=jdbc-connection-pool-mon,name=resources/" + POOL + ",*"), null);
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
