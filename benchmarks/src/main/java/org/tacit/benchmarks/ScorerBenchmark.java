package org.tacit.benchmarks;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.tacit.domain.model.inventory.Provenance;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Scorer;

/**
 * How many tasks the scorer scores per second on one thread: an organisation of 100,000 tasks with
 * pseudo-random answers (a fixed seed, so every run scores the same tasks), about one answer in ten
 * unknown and three in ten estimated, scored with rule set version 1. One operation is one task
 * scored; the score is handed to JMH's black hole so that none of the work can be optimised away.
 * Explaining a score (its contributions, in words) is measured apart: the portal does it only for
 * the tasks someone looks at.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorerBenchmark {

  static final int TASKS = 100_000;
  private static final int EXPLAINED = 1_000;

  private TaskFacts[] tasks;
  private RuleSet ruleSet;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(20_250_401);
    tasks = new TaskFacts[TASKS];
    for (int t = 0; t < TASKS; t++) {
      Map<TaskFact, BigDecimal> confirmed = new EnumMap<>(TaskFact.class);
      Map<TaskFact, BigDecimal> estimated = new EnumMap<>(TaskFact.class);
      for (TaskFact fact : TaskFact.values()) {
        double roll = random.nextDouble();
        if (roll >= 0.1) {
          (roll < 0.4 ? estimated : confirmed).put(fact, answer(fact, random));
        }
      }
      TaskFacts facts = TaskFacts.confirmed(confirmed);
      for (Map.Entry<TaskFact, BigDecimal> estimate : estimated.entrySet()) {
        facts = facts.with(estimate.getKey(), estimate.getValue(), Provenance.ESTIMATED);
      }
      tasks[t] = facts;
    }
    ruleSet = RuleSet.version1();
  }

  /** Levels 1–5; hours from 5 minutes to about a working week, more short tasks than long ones. */
  private static BigDecimal answer(TaskFact fact, SplittableRandom random) {
    if (fact.isLevel()) {
      return BigDecimal.valueOf(1 + random.nextInt(5));
    }
    double hours = Math.exp(Math.log(0.08) + random.nextDouble() * Math.log(40 / 0.08));
    return BigDecimal.valueOf(Math.max(0.08, Math.round(hours * 100) / 100.0));
  }

  @Benchmark
  @OperationsPerInvocation(TASKS)
  public void score(Blackhole blackhole) {
    for (TaskFacts facts : tasks) {
      blackhole.consume(Scorer.score(facts, ruleSet));
    }
  }

  @Benchmark
  @OperationsPerInvocation(EXPLAINED)
  public void scoreAndExplain(Blackhole blackhole) {
    for (int t = 0; t < EXPLAINED; t++) {
      Scorer.score(tasks[t], ruleSet).contributions().forEach(c -> blackhole.consume(c.reason()));
    }
  }
}
