package org.tacit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a run needs, measured as the largest heap still in use right after a garbage
 * collection. Heap in use at other moments includes garbage not yet collected and says more about
 * the collector than the import; right after a collection it is what the run kept alive (an upper
 * bound: G1's young collections leave dead old objects for later). The heap limit (-Xmx) is the
 * other half of the proof: a run that needed more would fail with OutOfMemoryError.
 */
final class HeapWatch {

  private static final long MIB = 1024 * 1024;
  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong largestAfterGc = new AtomicLong();
  private long gcMillisAtStart;

  HeapWatch() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(pool -> heapPools.contains(pool.getKey()))
                          .mapToLong(pool -> pool.getValue().getUsed())
                          .sum();
                  largestAfterGc.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
  }

  void start() {
    largestAfterGc.set(0);
    gcMillisAtStart = gcMillis();
  }

  long largestAfterGcMib() {
    return largestAfterGc.get() / MIB;
  }

  long gcMillisSinceStart() {
    return gcMillis() - gcMillisAtStart;
  }

  /** Heap still in use after a full collection: what is really held at this moment. */
  static long liveMib() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / MIB;
  }

  static long maxMib() {
    return Runtime.getRuntime().maxMemory() / MIB;
  }

  static String collectors() {
    return String.join(
        " + ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
