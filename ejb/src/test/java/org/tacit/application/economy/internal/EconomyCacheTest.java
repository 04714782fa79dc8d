package org.tacit.application.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.model.library.LibraryRelease;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Callers that arrive while the economy is being built wait for it instead of building it again.
 */
class EconomyCacheTest {

  private static final int CALLERS = 4;

  /**
   * The hand-built library of {@link EconomyTest}; reading it waits until every other caller is
   * blocked.
   */
  private static final class SlowLibrary extends OccupationRepository {
    final AtomicInteger reads = new AtomicInteger();
    final List<Thread> callers = new ArrayList<>();
    private final LibraryRelease release = new LibraryRelease("O*NET 27.0", Instant.EPOCH, "test");

    @Override
    public Optional<LibraryRelease> release() {
      return Optional.of(release);
    }

    @Override
    public List<Occupation> occupations() {
      reads.incrementAndGet();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (othersRunnable() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      return EconomyTest.OCCUPATIONS;
    }

    @Override
    public Map<String, List<TaskEvidence>> evidenceByOccupation() {
      return EconomyTest.TASKS;
    }

    private boolean othersRunnable() {
      synchronized (callers) {
        return callers.size() < CALLERS
            || callers.stream()
                .anyMatch(t -> t != Thread.currentThread() && t.getState() != Thread.State.BLOCKED);
      }
    }
  }

  @Test
  void callersArrivingTogetherBuildTheEconomyOnceAndAllGetIt() throws Exception {
    EconomyCache cache = new EconomyCache();
    SlowLibrary library = new SlowLibrary();
    cache.library = library;
    cache.references(); // read the bundled tables first: this test is about the economy
    RuleSetVersion published = RuleSetVersion.draft(1, RuleSet.version1(), "test", Instant.EPOCH);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Economy>> economies = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        economies.add(
            pool.submit(
                () -> {
                  synchronized (library.callers) {
                    library.callers.add(Thread.currentThread());
                  }
                  start.await();
                  return cache.economy(published);
                }));
      }
      start.countDown();
      Economy first = economies.get(0).get(30, TimeUnit.SECONDS);
      for (Future<Economy> economy : economies) {
        assertThat(economy.get(30, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(library.reads).hasValue(1);
      assertThat(first.members()).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }
}
