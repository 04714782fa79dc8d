package org.tacit.application.economy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.domain.economy.NationalEstimate;
import org.tacit.text.Words;

/**
 * The US economy as an organisation, under one scenario: every O*NET occupation of the library in
 * use weighted by its US employment (BLS OEWS May 2024), its tasks scored with nothing but the
 * facts O*NET prefills, as a role made from it gets them, with the published rule set. The three
 * figures year by year in hours, FTE and shares (no cost: wages are not shipped), beside the
 * published national estimates, none of which measures the same thing (see {@link
 * PublishedEstimate#measures}). docs/method.md, "The US economy benchmark".
 *
 * @param libraryRelease the O*NET release the occupations come from, such as "O*NET 27.0"
 * @param employmentSource the employment weights, such as "BLS OEWS May 2024"
 * @param economy the three figures by year; one FTE is one person employed, cost is always 0
 * @param hoursShareByClass share of the economy's hours by task class ({@code AUTOMATABLE}, …), in
 *     the order of the classes; the same in every year and scenario
 * @param occupations each occupation counted, by O*NET code, with its figures in the last year
 */
public record EconomyBenchmark(
    ScenarioSummary scenario,
    String libraryRelease,
    int ruleSetVersion,
    String employmentSource,
    List<Integer> years,
    List<YearFigures> economy,
    Map<String, Double> hoursShareByClass,
    EmploymentCoverage coverage,
    List<PublishedEstimate> publishedEstimates,
    List<OccupationFigures> occupations)
    implements Serializable {

  /**
   * Which occupations and how much employment the figures rest on.
   *
   * @param occupations occupations in the library
   * @param occupationsCounted those with tasks and with US employment, each a role of the economy
   * @param withoutTasks O*NET codes of occupations O*NET lists no task for (mostly "All Other"),
   *     left out
   * @param withoutEmployment O*NET codes of occupations with tasks whose SOC code (nor its BLS
   *     group) has no BLS employment, left out
   * @param employment all employment BLS reports, persons
   * @param employmentCounted the part of it the counted occupations carry
   */
  public record EmploymentCoverage(
      int occupations,
      int occupationsCounted,
      List<String> withoutTasks,
      List<String> withoutEmployment,
      double employment,
      double employmentCounted,
      Double employmentCountedShare)
      implements Serializable {}

  /**
   * A published figure to set beside ours, either as its authors published it or recomputed here
   * from the bundled tables on BLS 2024 employment. Its words are English as the API gives them;
   * {@link #in} words it for a reader.
   *
   * @param key which estimate, as the bundle's {@code nationalEstimate.<key>.*} names it
   * @param figure the number, as a share 0–1 of employment or, for a score, the score itself
   * @param share whether {@code figure} is a share of employment (else a mean score)
   * @param unit what the number is: "share of US employment" or "mean score (0–1)"
   * @param measures what it measures, in a sentence, and how that differs from our figures
   * @param basis how it was obtained: "published" or how it was recomputed and on which employment
   * @param occupations the occupations it was recomputed over, or null when taken as published
   * @param employmentShare the share of 2024 employment they carry, or null when taken as published
   */
  public record PublishedEstimate(
      String key,
      String name,
      double figure,
      boolean share,
      String unit,
      String measures,
      String basis,
      String citation,
      Integer occupations,
      Double employmentShare)
      implements Serializable {

    /** {@code estimate} in {@code words}' language. */
    public static PublishedEstimate of(NationalEstimate estimate, Words words) {
      String prefix = "nationalEstimate." + estimate.key() + ".";
      Double percent = estimate.recomputed() ? 100 * estimate.employmentShare() : null;
      return new PublishedEstimate(
          estimate.key(),
          words.text(prefix + "name"),
          estimate.figure(),
          estimate.share(),
          words.text(
              estimate.share() ? "nationalEstimate.unit.share" : "nationalEstimate.unit.score"),
          words.text(prefix + "measures"),
          words.text(prefix + "basis", estimate.occupations(), percent),
          estimate.citation(),
          estimate.occupations(),
          estimate.employmentShare());
    }

    /** This estimate in {@code words}' language. */
    public PublishedEstimate in(Words words) {
      return of(
          new NationalEstimate(key, figure, share, occupations, employmentShare, citation), words);
    }
  }

  /**
   * One occupation of the economy, for setting a role linked to it beside the published scores.
   *
   * @param soc the SOC code its employment comes from (its own, or the BLS group that includes it)
   * @param employment its part of that code's employment, persons
   * @param naiveExposure share of its hours in tasks ready for AI (any year)
   * @param technicallySubstitutable share of its hours AI can do unaided in the last year
   * @param realisticSubstitution share of its hours realistically substituted in the last year
   * @param freyOsborneProbability Frey and Osborne's probability of computerisation of its SOC
   *     code, null when they give none
   * @param microsoftApplicability Microsoft's AI applicability score of its SOC code, null when
   *     they give none
   */
  public record OccupationFigures(
      String onetCode,
      String title,
      String soc,
      double employment,
      Double naiveExposure,
      Double technicallySubstitutable,
      Double realisticSubstitution,
      Double freyOsborneProbability,
      Double microsoftApplicability)
      implements Serializable {}
}
