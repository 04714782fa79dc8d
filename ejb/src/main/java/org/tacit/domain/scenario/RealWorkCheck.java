package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;

/**
 * Whether a scenario's horizon on real work reproduces what AI is seen doing on real work, not only
 * what benchmarks score: the scenario's own rule ({@link AiHorizon#substitutableShare}) applied to
 * a measured body of real work at its date, beside the rate measured. The check holds when the two
 * are within a factor of two. See docs/method.md, "How much of the benchmark holds on real work".
 *
 * @param measured what was measured
 * @param predicted the share the scenario's rule gives such work at that date
 */
public record RealWorkCheck(Measurement measured, double predicted) {

  /** How far a prediction may be from the measured rate, either way, and still hold. */
  public static final double FACTOR = 2;

  /**
   * A measured rate of real work done by AI to the standard its client needs.
   *
   * @param typicalHours the median length of the work, in a person's hours
   * @param errorCost the error cost (1–5) such work has
   * @param rate the share done, 0–1
   */
  public record Measurement(
      YearMonth measured,
      String name,
      double typicalHours,
      int errorCost,
      double rate,
      String source) {

    public Measurement {
      requireNonNull(measured, "measured");
      requireNonNull(name, "name");
      requireNonNull(source, "source");
      if (!(typicalHours > 0 && rate > 0 && rate < 1 && errorCost >= 1 && errorCost <= 5)) {
        throw new IllegalArgumentException(
            "A measurement of real work has a length above 0, an error cost 1–5 and "
                + "a rate between 0 and 1.");
      }
    }
  }

  /**
   * The Remote Labor Index (Scale AI and the Center for AI Safety, 29 October 2025): the best agent
   * completed 2.5 % of 240 real freelance projects to a client's standard; the projects' median
   * length was about 11.5 hours. Remote, digital work with a client who pays only for a deliverable
   * that meets the brief: a moderate error cost, 3.
   */
  public static final Measurement REMOTE_LABOR_INDEX =
      new Measurement(
          YearMonth.of(2025, 10),
          "Remote Labor Index, best agent",
          11.5,
          3,
          0.025,
          "Mazeika et al., Remote Labor Index, arXiv 2510.26787 (Scale AI and CAIS, 2025-10-30);"
              + " scale.com/blog/rli");

  /** The measurements Tacit checks against, oldest first. */
  public static List<Measurement> published() {
    return List.of(REMOTE_LABOR_INDEX);
  }

  /** The scenario's rule applied to each published measurement. */
  public static List<RealWorkCheck> of(Scenario scenario) {
    AiHorizon horizon = new AiHorizon(scenario);
    return published().stream()
        .map(
            m ->
                new RealWorkCheck(
                    m, horizon.substitutableShare(m.typicalHours(), m.errorCost(), m.measured())))
        .toList();
  }

  /** The prediction as a multiple of the measured rate. */
  public double ratio() {
    return predicted / measured.rate();
  }

  public boolean holds() {
    return ratio() <= FACTOR && ratio() >= 1 / FACTOR;
  }
}
