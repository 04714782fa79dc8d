package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
    assertThat(cache.statesKept()).isEqualTo(2);
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
