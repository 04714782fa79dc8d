package org.tacit.domain.economy;

import java.util.List;
import java.util.function.DoublePredicate;

/**
 * The national figures others have published, to set beside the US economy benchmark: two as their
 * authors state them, two recomputed here from the bundled tables on BLS May 2024 employment. None
 * measures what ours do (hours of tasks, year by year, held back by learning need, task length,
 * adoption and capture), so each says what it measures (in the bundle: {@link NationalEstimate}).
 */
public final class PublishedEstimates {

  private static final String FREY_OSBORNE =
      "Carl Benedikt Frey and Michael A. Osborne, \"The Future of Employment: How Susceptible Are"
          + " Jobs to Computerisation?\", Oxford Martin School working paper, 2013; Technological"
          + " Forecasting and Social Change 114 (2017), 254–280.";
  private static final String MICROSOFT =
      "Kiran Tomlinson, Sonia Jaffe, Will Wang, Scott Counts and Siddharth Suri, \"Working with AI:"
          + " Measuring the Occupational Implications of Generative AI\", Microsoft Research,"
          + " 2025.";
  private static final String ELOUNDOU =
      "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock, \"GPTs are GPTs: An Early Look"
          + " at the Labor Market Impact Potential of Large Language Models\", arXiv:2303.10130,"
          + " 2023.";

  /** An employment-weighted figure over the SOC codes both tables list. */
  public record Weighted(double value, int occupations, double employmentShare) {}

  private PublishedEstimates() {}

  /** In the order a reader meets them: Frey and Osborne, Microsoft, Eloundou et al. */
  public static List<NationalEstimate> beside(
      SocTable employment, SocTable freyOsborne, SocTable microsoft) {
    Weighted highRisk = shareAbove(employment, freyOsborne, 0.7);
    Weighted applicability = weightedMean(employment, microsoft);
    return List.of(
        new NationalEstimate("FREY_OSBORNE", 0.47, true, null, null, FREY_OSBORNE),
        recomputed("FREY_OSBORNE_2024", highRisk, true, FREY_OSBORNE),
        recomputed("MICROSOFT", applicability, false, MICROSOFT),
        new NationalEstimate("ELOUNDOU_10", 0.80, true, null, null, ELOUNDOU),
        new NationalEstimate("ELOUNDOU_50", 0.19, true, null, null, ELOUNDOU));
  }

  private static NationalEstimate recomputed(
      String key, Weighted weighted, boolean share, String citation) {
    return new NationalEstimate(
        key, weighted.value(), share, weighted.occupations(), weighted.employmentShare(), citation);
  }

  /**
   * The share of the employment both tables cover that is in occupations scoring above {@code
   * threshold}.
   */
  public static Weighted shareAbove(SocTable employment, SocTable scores, double threshold) {
    return weighted(employment, scores, score -> score > threshold, true);
  }

  /**
   * The mean score, each occupation weighted by its employment, over the occupations both tables
   * list.
   */
  public static Weighted weightedMean(SocTable employment, SocTable scores) {
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
}
