package org.tacit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.DefaultTimeShares;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.OccupationTaskDraft;
import org.tacit.domain.model.library.OnetPrefill;
import org.tacit.domain.model.library.TaskEvidence;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scoring.RuleSet;
import org.tacit.domain.scoring.Score;
import org.tacit.domain.scoring.Scorer;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.onet.StarterLibraryFile;

/**
 * Scores every task of the O*NET 27.0 starter library with the facts the product prefills from
 * O*NET, exactly as a role made from the occupation gets them ({@link
 * OccupationDraft#toOccupation}, {@link OccupationTask#evidence}, {@link OnetPrefill#estimate} with
 * the default time share and its estimated length), and rule set version 1. Writes one CSV line per
 * task and prints the figures of docs/method.md ("Evidence on O*NET 27.0"):
 *
 * <pre>./mvnw -q -Ponet-evidence -pl benchmarks -am -DskipTests verify</pre>
 *
 * The same input gives the same file and the same figures on every run: the library is read in its
 * order (occupations by code, tasks by id) and nothing depends on time or chance.
 */
public final class OnetEvidence {

  static final String HEADER =
      "onet_soc,task_id,learning_need,automation_readiness,class,confidence";

  /**
   * One scored task: with the product's prefill, and two variants that show what moves the figures.
   */
  record TaskScore(
      long taskId,
      Score score,
      double share,
      Score withoutActivities,
      Score withoutProficiency,
      Double lengthHours) {}

  record OccupationScores(
      String code, String title, OccupationDraft draft, List<TaskScore> tasks) {}

  private OnetEvidence() {}

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args.length > 0 ? args[0] : "target/onet-27.0-scores.csv");
    List<OccupationScores> scores =
        score(StarterLibraryFile.bundled(), OccupationProfiles.bundled());
    write(scores, csv);
    String report =
        new EvidenceReport(scores, ReferenceScores.microsoft(), ReferenceScores.freyOsborne())
            .text();
    Path text = csv.resolveSibling(csv.getFileName().toString().replace(".csv", "-report.txt"));
    Files.writeString(text, report, UTF_8);
    System.out.print(report);
    System.out.println(
        "Wrote " + csv.toAbsolutePath().normalize() + " and " + text.getFileName() + ".");
  }

  static List<OccupationScores> score(LibraryDraft library, OccupationProfiles profiles) {
    RuleSet rules = RuleSet.version1();
    RuleSet withoutProficiency = without("LEARN-PROFICIENCY", rules);
    List<OccupationScores> scored = new ArrayList<>();
    for (OccupationDraft draft : library.occupations()) {
      Occupation occupation =
          draft.toOccupation(
              profiles.workContext(draft.title()).orElse(null),
              profiles.activeLearning(draft.title()).orElse(null));
      OnetPrefill prefill = occupation.prefill();
      OnetPrefill occupationOnly =
          new OnetPrefill(
              occupation.onTheJobTraining(),
              occupation.workContext(),
              occupation.activeLearning(),
              ActivityProfile.NONE);
      List<BigDecimal> shares =
          DefaultTimeShares.of(draft.tasks().stream().map(OccupationTaskDraft::rating).toList());
      List<TaskScore> tasks = new ArrayList<>();
      for (int i = 0; i < draft.tasks().size(); i++) {
        OccupationTask task = draft.tasks().get(i).toTask(occupation);
        TaskEvidence evidence = task.evidence();
        var facts = prefill.estimate(evidence, shares.get(i), StaffedRole.ANNUAL_HOURS_PER_FTE);
        var ratingOnly =
            occupationOnly.estimate(
                new TaskEvidence(task.rating(), ActivityProfile.NONE, null),
                shares.get(i),
                StaffedRole.ANNUAL_HOURS_PER_FTE);
        double length = facts.answer(TaskFact.TASK_LENGTH_HOURS);
        tasks.add(
            new TaskScore(
                task.onetTaskId(),
                Scorer.score(facts, rules),
                shares.get(i).doubleValue(),
                Scorer.score(ratingOnly, rules),
                Scorer.score(facts, withoutProficiency),
                Double.isNaN(length) ? null : length));
      }
      scored.add(new OccupationScores(draft.code(), draft.title(), draft, tasks));
    }
    return scored;
  }

  /**
   * Rule set version 1 with one rule left out (weight 0), to see how much that rule drives a
   * figure.
   */
  private static RuleSet without(String ruleId, RuleSet rules) {
    Map<String, Double> weights = new LinkedHashMap<>(rules.weights());
    weights.put(ruleId, 0.0);
    return RuleSet.of(
        rules.version(),
        weights,
        rules.learningNeedThreshold(),
        rules.automationReadinessThreshold(),
        rules.estimateCredit());
  }

  static void write(List<OccupationScores> scores, Path csv) throws IOException {
    Files.createDirectories(csv.toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, UTF_8))) {
      out.print(HEADER + "\n");
      for (OccupationScores occupation : scores) {
        for (TaskScore task : occupation.tasks()) {
          Score s = task.score();
          out.print(
              String.join(
                      ",",
                      occupation.code(),
                      String.valueOf(task.taskId()),
                      axis(s.learningNeed()),
                      axis(s.automationReadiness()),
                      s.taskClass().name(),
                      String.format(Locale.ROOT, "%.2f", s.confidence()))
                  + "\n");
        }
      }
    }
  }

  private static String axis(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "";
  }
}
