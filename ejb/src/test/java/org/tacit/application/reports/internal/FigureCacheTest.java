package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

  private static final Instant AT_1402 = Instant.parse("2026-12-07T14:02:00Z");
  private static final Instant RELEASE = Instant.parse("2026-11-01T00:00:00Z");

  private final FigureCache cache = new FigureCache();
  private final AtomicInteger computed = new AtomicInteger();

  @Test
  void aFigureIsComputedOncePerStateAndAgainWhenTheStateChanges() {
    assertThat(cache.figure(state(7), "total", this::compute)).isEqualTo(1);
    assertThat(cache.figure(state(7), "total", this::compute)).as("kept").isEqualTo(1);

    assertThat(cache.figure(state(8), "total", this::compute))
        .as("after an edit raised the revision")
        .isEqualTo(2);
    assertThat(cache.figure(new FigureState(8, 2, RELEASE), "total", this::compute))
        .as("after a rule set was published")
        .isEqualTo(3);
    assertThat(cache.statesKept()).as("no more than two").isEqualTo(2);
  }

  @Test
  void theFirstStateIsReadAtOnceAndItsFirstReadersComputeIt() {
    FigureCache.Reading first = cache.reading(state(1), true);

    assertThat(first.state()).isEqualTo(state(1));
    assertThat(first.freshness().current()).isTrue();
    assertThat(first.startRefresh()).as("nothing before it to show meanwhile").isFalse();
  }

  @Test
  void afterAnEditDashboardsShowTheFiguresBeforeSayingFromWhenUntilTheBackgroundHasTheNewOnes() {
    FigureCache cache = new FigureCache(Clock.fixed(AT_1402, ZoneOffset.UTC));
    cache.scored(100_000);
    cache.reading(state(1), true);
    cache.figure(state(1), "total", this::compute);
    cache.figure(state(1), "by department", this::compute);

    FigureCache.Reading first = cache.reading(state(2), true);
    FigureCache.Reading second = cache.reading(state(2), true);
    FigureCache.Reading export = cache.reading(state(2), false);

    assertThat(first.state()).as("the state before").isEqualTo(state(1));
    assertThat(first.freshness().asOf()).as("when the change was met").isEqualTo(AT_1402);
    assertThat(first.startRefresh()).as("the first starts the refresh").isTrue();
    assertThat(second.state()).isEqualTo(state(1));
    assertThat(second.startRefresh()).as("one refresh at a time").isFalse();
    assertThat(export.state()).as("an export waits for the current figures").isEqualTo(state(2));
    assertThat(export.freshness().current()).isTrue();

    assertThat(cache.refreshWanted()).isTrue();
    assertThat(cache.figuresToRefresh(state(2)))
        .as("what dashboards read before")
        .containsExactlyInAnyOrder("total", "by department");
    cache.refreshed(state(2));

    FigureCache.Reading after = cache.reading(state(2), true);
    assertThat(after.state()).isEqualTo(state(2));
    assertThat(after.freshness().current()).isTrue();
    assertThat(cache.reading(state(3), true).state())
        .as("after the next edit, the refreshed state is the one shown meanwhile")
        .isEqualTo(state(2));
    assertThat(cache.refreshWanted()).as("the refresh goes on with the next edit").isTrue();
    assertThat(cache.refreshWanted()).as("and then ends").isFalse();
  }

  @Test
  void theBackgroundComputesAgainOnlyWhatARequestReadInTheStateBefore() {
    cache.scored(100_000);
    cache.reading(state(1), true);
    cache.figure(state(1), "report", this::compute);
    cache.figure(state(1), "certainty", this::compute); // a board report read it once
    cache.reading(state(2), true);
    cache
        .figuresToRefresh(state(2))
        .forEach(figure -> cache.computed(state(2), figure, this::compute));
    cache.refreshed(state(2));
    cache.figure(state(2), "report", this::compute); // dashboards read the report again

    cache.reading(state(3), true);

    assertThat(cache.figuresToRefresh(state(3)))
        .as("the certainty nobody read since is left to the next request that asks")
        .containsExactly("report");
  }

  @Test
  void aSmallOrganisationsDashboardComputesTheCurrentFiguresAtOnce() {
    cache.reading(state(1), true);
    cache.scored(FigureCache.SMALL);

    FigureCache.Reading after = cache.reading(state(2), true);

    assertThat(after.state()).isEqualTo(state(2));
    assertThat(after.freshness().current()).isTrue();
    assertThat(after.startRefresh()).isFalse();

    cache.scored(FigureCache.SMALL + 1);
    assertThat(cache.reading(state(3), true).state())
        .as("one task more: the figures before, while the background computes")
        .isEqualTo(state(2));
  }

  @Test
  void anEditWhileTheBackgroundComputesIsRefreshedNextAndAFailedRefreshIsStartedAgain() {
    cache.scored(100_000);
    cache.reading(state(1), true);
    assertThat(cache.reading(state(2), true).startRefresh()).isTrue();
    assertThat(cache.refreshWanted()).isTrue();

    assertThat(cache.reading(state(3), true).startRefresh())
        .as("the running refresh goes on with it")
        .isFalse();
    assertThat(cache.refreshWanted()).as("one more round").isTrue();

    cache.refreshFailed();
    FigureCache.Reading again = cache.reading(state(3), true);
    assertThat(again.state()).as("still the figures before").isEqualTo(state(1));
    assertThat(again.startRefresh()).as("the next dashboard starts another").isTrue();
  }

  @Test
  void twentyCallersAtOnceWaitForOneComputation() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(20);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      answers.add(
          callers.submit(
              () ->
                  cache.figure(
                      state(1),
                      "total",
                      () -> {
                        started.countDown();
                        await(release);
                        return compute();
                      })));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 1; i < 20; i++) {
        answers.add(callers.submit(() -> cache.figure(state(1), "total", this::compute)));
      }
      release.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(computed).hasValue(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aComputationThatFailsIsTriedAgainByTheNextCaller() {
    assertThatThrownBy(
            () ->
                cache.figure(
                    state(1),
                    "total",
                    () -> {
                      throw new IllegalStateException("the database went away");
                    }))
        .hasMessage("the database went away");

    assertThat(cache.figure(state(1), "total", this::compute)).isEqualTo(1);
  }

  private int compute() {
    return computed.incrementAndGet();
  }

  private static FigureState state(long revision) {
    return new FigureState(revision, 1, RELEASE);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
