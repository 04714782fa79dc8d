package org.tacit.application.economy.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.tacit.application.economy.EconomyBenchmark.PublishedEstimate;
import org.tacit.domain.economy.SocTable;

/**
 * The national figures others have published, to set beside the US economy benchmark: two as their
 * authors state them, two recomputed here from the bundled tables on BLS May 2024 employment. None
 * measures what ours do (hours of tasks, year by year, held back by learning need, task length,
 * adoption and capture), so each says what it measures.
 */
final class PublishedEstimates {

  static final String FREY_OSBORNE =
      "Carl Benedikt Frey and Michael A. Osborne, \"The Future of Employment: How Susceptible Are"
          + " Jobs to Computerisation?\", Oxford Martin School working paper, 2013; Technological"
          + " Forecasting and Social Change 114 (2017), 254–280.";
  static final String MICROSOFT =
      "Kiran Tomlinson, Sonia Jaffe, Will Wang, Scott Counts and Siddharth Suri, \"Working with AI:"
          + " Measuring the Occupational Implications of Generative AI\", Microsoft Research,"
          + " 2025.";
  static final String ELOUNDOU =
      "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock, \"GPTs are GPTs: An Early Look"
          + " at the Labor Market Impact Potential of Large Language Models\", arXiv:2303.10130,"
          + " 2023.";
  private static final String ELOUNDOU_MEASURES =
      "Share of US workers (BLS employment) with at least %s of their O*NET tasks exposed to LLMs"
          + " by their rubric: an LLM, alone or in software built on it, would cut the time the"
          + " task takes by at least half at the same quality. Exposure, not substitution: it says"
          + " nothing of when, of learning on the job, or of whether the hours become fewer jobs.";

  /** An employment-weighted figure over the SOC codes both tables list. */
  record Weighted(double value, int occupations, double employmentShare) {}

  private PublishedEstimates() {}

  static List<PublishedEstimate> beside(
      SocTable employment, SocTable freyOsborne, SocTable microsoft) {
    Weighted highRisk = shareAbove(employment, freyOsborne, 0.7);
    Weighted applicability = weightedMean(employment, microsoft);
    return List.of(
        new PublishedEstimate(
            "Frey and Osborne 2013: employment at high risk of computerisation",
            0.47,
            "share of US employment",
            "Share of US employment (BLS 2010) in occupations whose probability of computerisation"
                + " \"over the next decade or two\" exceeds 0.7, as judged from 2013's machine"
                + " learning and mobile robotics; whole occupations, not tasks or hours, and no"
                + " time path.",
            "published",
            FREY_OSBORNE),
        new PublishedEstimate(
            "Frey and Osborne's high-risk share on 2024 employment",
            highRisk.value(),
            "share of US employment",
            "The same measure (probability above 0.7) with BLS May 2024 employment as"
                + " weights, over the occupations both list.",
            basis(highRisk, "SOC-2010 codes matched to" + " SOC-2018 at six digits"),
            FREY_OSBORNE),
        new PublishedEstimate(
            "Microsoft AI applicability, employment-weighted mean",
            applicability.value(),
            "mean score (0–1)",
            "How much of an occupation's work activities people were seen to use Copilot for, and"
                + " how successfully and widely (2024 conversations), averaged over US employment;"
                + " observed use of today's AI, neither exposure nor substitution.",
            basis(applicability, "SOC-2018 codes"),
            MICROSOFT),
        new PublishedEstimate(
            "Eloundou et al. 2023: workers with at least 10 % of tasks exposed",
            0.80,
            "share of US employment",
            ELOUNDOU_MEASURES.formatted("10 %"),
            "published (\"around 80 %\")",
            ELOUNDOU),
        new PublishedEstimate(
            "Eloundou et al. 2023: workers with at least 50 % of tasks exposed",
            0.19,
            "share of US employment",
            ELOUNDOU_MEASURES.formatted("50 %"),
            "published (\"approximately 19 %\")",
            ELOUNDOU));
  }

  /**
   * The share of the employment both tables cover that is in occupations scoring above {@code
   * threshold}.
   */
  static Weighted shareAbove(SocTable employment, SocTable scores, double threshold) {
    return weighted(employment, scores, score -> score > threshold, true);
  }

  /**
   * The mean score, each occupation weighted by its employment, over the occupations both tables
   * list.
   */
  static Weighted weightedMean(SocTable employment, SocTable scores) {
    return weighted(employment, scores, score -> true, false);
  }

  private static Weighted weighted(
      SocTable employment, SocTable scores, DoublePredicate counts, boolean share) {
    double all = 0;
    double covered = 0;
    double sum = 0;
    int occupations = 0;
    for (var entry : employment.bySoc().entrySet()) {
      double persons = entry.getValue();
      all += persons;
      Double score = scores.bySoc().get(entry.getKey());
      if (score != null) {
        occupations++;
        covered += persons;
        sum += counts.test(score) ? persons * (share ? 1 : score) : 0;
      }
    }
    return new Weighted(
        covered > 0 ? sum / covered : Double.NaN, occupations, all > 0 ? covered / all : 0);
  }

  private static String basis(Weighted w, String join) {
    return String.format(
        Locale.ROOT,
        "recomputed from the bundled tables: %d occupations (%s), %.1f %% of BLS May"
            + " 2024 employment",
        w.occupations(),
        join,
        100 * w.employmentShare());
  }
}
