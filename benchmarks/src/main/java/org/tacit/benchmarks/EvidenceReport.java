package org.tacit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.tacit.benchmarks.OnetEvidence.OccupationScores;
import org.tacit.benchmarks.OnetEvidence.TaskScore;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskLengthEstimate;
import org.tacit.domain.scoring.Score;
import org.tacit.domain.scoring.TaskClass;

/**
 * The figures of the O*NET evidence: classes, the rank correlations of occupation-level scores with
 * the published ones, and how far tasks of one occupation differ. An occupation's score on an axis
 * is the mean of its scored tasks' scores weighted by their default time shares (O*NET frequency ×
 * importance, {@link org.tacit.domain.model.library.DefaultTimeShares}), the hours a role made from
 * the occupation would spend on each; the unweighted mean is shown beside it.
 */
final class EvidenceReport {

  private final List<OccupationScores> occupations;
  private final ReferenceScores microsoft;
  private final ReferenceScores freyOsborne;
  private final StringBuilder text = new StringBuilder();

  EvidenceReport(
      List<OccupationScores> occupations, ReferenceScores microsoft, ReferenceScores freyOsborne) {
    this.occupations = occupations;
    this.microsoft = microsoft;
    this.freyOsborne = freyOsborne;
  }

  String text() {
    classes();
    line("Occupation-level A against published scores:");
    reference(microsoft, TaskScore::score, true);
    reference(freyOsborne, TaskScore::score, true);
    line(
        "  without the per-task work activities (occupation-level facts and task frequency only):");
    reference(microsoft, TaskScore::withoutActivities, false);
    reference(freyOsborne, TaskScore::withoutActivities, false);
    training();
    spread();
    lengths();
    return text.toString();
  }

  private void classes() {
    Map<TaskClass, Integer> counts = new EnumMap<>(TaskClass.class);
    int total = 0;
    for (OccupationScores o : occupations) {
      for (TaskScore t : o.tasks()) {
        counts.merge(t.score().taskClass(), 1, Integer::sum);
        total++;
      }
    }
    line(
        "O*NET 27.0: %d occupations, %d tasks, rule set version 1, facts prefilled from O*NET",
        occupations.size(), total);
    for (TaskClass c : TaskClass.values()) {
      int n = counts.getOrDefault(c, 0);
      line("  %-15s %6d  %5.1f %%", c, n, 100.0 * n / total);
    }
  }

  /**
   * Occupation-level A against a published score, joined on the SOC code, O*NET codes of one SOC
   * averaged.
   */
  private void reference(
      ReferenceScores reference, Function<TaskScore, Score> variant, boolean showDisagreements) {
    for (boolean weighted : new boolean[] {true, false}) {
      Map<String, List<Double>> bySoc = new TreeMap<>();
      for (OccupationScores o : occupations) {
        mean(o, t -> variant.apply(t).automationReadiness(), weighted)
            .ifPresent(
                a ->
                    bySoc
                        .computeIfAbsent(ReferenceScores.soc(o.code()), k -> new ArrayList<>())
                        .add(a));
      }
      List<String> joined = bySoc.keySet().stream().filter(reference.bySoc()::containsKey).toList();
      double[] ours = joined.stream().mapToDouble(soc -> average(bySoc.get(soc))).toArray();
      double[] theirs = joined.stream().mapToDouble(soc -> reference.bySoc().get(soc)).toArray();
      line(
          "  ρ(A, %s) = %6.3f over %d SOC occupations (%s)",
          reference.name(),
          Spearman.of(ours, theirs),
          joined.size(),
          weighted ? "A weighted by time share" : "A unweighted");
      if (weighted && showDisagreements) {
        disagreements(reference, joined, ours, theirs);
      }
    }
  }

  /** The occupations whose ranks differ most, five each way. */
  private void disagreements(
      ReferenceScores reference, List<String> socs, double[] ours, double[] theirs) {
    double[] ourRanks = Spearman.ranks(ours);
    double[] theirRanks = Spearman.ranks(theirs);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < socs.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingDouble(i -> ourRanks[i] - theirRanks[i])
            .thenComparing(socs::get));
    for (boolean oursHigher : new boolean[] {false, true}) {
      line("    %s", oursHigher ? "A ranks far above theirs:" : "A ranks far below theirs:");
      for (int k = 0; k < 5; k++) {
        int i = order.get(oursHigher ? order.size() - 1 - k : k);
        line(
            "      %s %-55.55s A %5.1f, theirs %.3f",
            socs.get(i), reference.titles().get(socs.get(i)), ours[i], theirs[i]);
      }
    }
  }

  private void training() {
    line("Occupation-level L against O*NET on-the-job training (median OJ category 1–9):");
    for (boolean proficiency : new boolean[] {true, false}) {
      List<double[]> pairs = new ArrayList<>();
      for (OccupationScores o : occupations) {
        OnTheJobTraining ojt = o.draft().training();
        Function<TaskScore, Score> variant =
            proficiency ? TaskScore::score : TaskScore::withoutProficiency;
        mean(o, t -> variant.apply(t).learningNeed(), true)
            .ifPresent(
                l -> {
                  if (ojt != null) {
                    pairs.add(new double[] {l, ojt.category()});
                  }
                });
      }
      double rho =
          Spearman.of(
              pairs.stream().mapToDouble(p -> p[0]).toArray(),
              pairs.stream().mapToDouble(p -> p[1]).toArray());
      line(
          "  ρ(L, OJT) = %6.3f over %d O*NET occupations (%s)",
          rho,
          pairs.size(),
          proficiency
              ? "rule set version 1"
              : "LEARN-PROFICIENCY left out, since it reads OJT itself");
    }
  }

  private void spread() {
    line("Tasks of one occupation (occupations with at least two scored tasks):");
    for (boolean activities : new boolean[] {true, false}) {
      Function<TaskScore, Score> variant =
          activities ? TaskScore::score : TaskScore::withoutActivities;
      int occupationsCounted = 0;
      int differA = 0;
      int differL = 0;
      int differClass = 0;
      double spreadA = 0;
      for (OccupationScores o : occupations) {
        List<Score> scored =
            o.tasks().stream()
                .map(variant)
                .filter(s -> s.taskClass() != TaskClass.UNSCORED)
                .toList();
        if (scored.size() < 2) {
          continue;
        }
        occupationsCounted++;
        differA +=
            scored.stream().map(s -> s.automationReadiness().getAsDouble()).distinct().count() > 1
                ? 1
                : 0;
        differL +=
            scored.stream().map(s -> s.learningNeed().getAsDouble()).distinct().count() > 1 ? 1 : 0;
        differClass += scored.stream().map(Score::taskClass).distinct().count() > 1 ? 1 : 0;
        spreadA +=
            standardDeviation(
                scored.stream().mapToDouble(s -> s.automationReadiness().getAsDouble()).toArray());
      }
      line(
          "  %s: A differs in %.1f %%, L in %.1f %%, class in %.1f %% of %d occupations; mean SD of"
              + " A within one %.1f points",
          activities ? "with work activities" : "without them (frequency only)",
          100.0 * differA / occupationsCounted,
          100.0 * differL / occupationsCounted,
          100.0 * differClass / occupationsCounted,
          occupationsCounted,
          spreadA / occupationsCounted);
    }
  }

  /**
   * The estimated task lengths ({@link org.tacit.domain.model.library.TaskLengthEstimate}) by SOC
   * major group: how many tasks get one, their quartiles, and how many sit on a bound.
   */
  private void lengths() {
    Map<String, List<Double>> byGroup = new TreeMap<>();
    Map<String, Integer> tasksByGroup = new TreeMap<>();
    for (OccupationScores o : occupations) {
      String group = o.code().substring(0, 2);
      for (TaskScore t : o.tasks()) {
        tasksByGroup.merge(group, 1, Integer::sum);
        List<Double> lengths = byGroup.computeIfAbsent(group, k -> new ArrayList<>());
        if (t.lengthHours() != null) {
          lengths.add(t.lengthHours());
        }
      }
    }
    line(
        "Estimated task lengths (time share × 1,720 h ÷ O*NET frequency, bounded %s–%s h), by SOC"
            + " major group:",
        TaskLengthEstimate.SHORTEST.toPlainString(), TaskLengthEstimate.LONGEST.toPlainString());
    line(
        "  %-2s %-45s %6s %7s %7s %7s %7s %6s %6s",
        "", "group", "tasks", "length", "p25 h", "median", "p75 h", "at min", "at max");
    List<Double> all = new ArrayList<>();
    int allTasks = 0;
    for (var group : byGroup.entrySet()) {
      all.addAll(group.getValue());
      allTasks += tasksByGroup.get(group.getKey());
      lengthLine(
          group.getKey(),
          SocGroups.title(group.getKey()),
          tasksByGroup.get(group.getKey()),
          group.getValue());
    }
    lengthLine("", "all occupations", allTasks, all);
  }

  private void lengthLine(String code, String title, int tasks, List<Double> lengths) {
    double[] sorted = lengths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double min = TaskLengthEstimate.SHORTEST.doubleValue();
    double max = TaskLengthEstimate.LONGEST.doubleValue();
    line(
        "  %-2s %-45.45s %6d %6.1f%% %7.2f %7.2f %7.2f %5.1f%% %5.1f%%",
        code,
        title,
        tasks,
        100.0 * sorted.length / tasks,
        quantile(sorted, 0.25),
        quantile(sorted, 0.5),
        quantile(sorted, 0.75),
        100.0 * Arrays.stream(sorted).filter(h -> h <= min).count() / Math.max(1, sorted.length),
        100.0 * Arrays.stream(sorted).filter(h -> h >= max).count() / Math.max(1, sorted.length));
  }

  /** The nearest-rank quantile; NaN for no values. */
  private static double quantile(double[] sorted, double q) {
    return sorted.length == 0
        ? Double.NaN
        : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static OptionalDouble mean(
      OccupationScores o, Function<TaskScore, OptionalDouble> axis, boolean weighted) {
    double sum = 0;
    double weights = 0;
    for (TaskScore t : o.tasks()) {
      OptionalDouble value = axis.apply(t);
      if (value.isPresent()) {
        double weight = weighted ? t.share() : 1;
        sum += weight * value.getAsDouble();
        weights += weight;
      }
    }
    return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
  }

  private static double average(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
  }

  private void line(String format, Object... args) {
    text.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
