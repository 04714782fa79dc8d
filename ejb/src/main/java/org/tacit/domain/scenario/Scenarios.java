package org.tacit.domain.scenario;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * The preset scenarios an organisation starts from, and the defaults with their sources. The base
 * scenario is every assumption at its default; the others depart from it where their names say,
 * and each departure keeps the default and its source beside it.
 */
public final class Scenarios {

  /** Ten years ahead: far enough for a workforce plan, and further the trends are guesswork. */
  public static final int YEARS_AHEAD = 10;

  private Scenarios() {}

  /** Every assumption at its default, from {@code firstYear} for eleven years. */
  public static Scenario base(int firstYear) {
    return new Scenario("Base",
        Assumption.byDefault("AI task horizon at 50 % success, hours", 1.0,
            "METR 2025 (Measuring AI Ability to Complete Long Tasks): about 1 h for the best model, early 2025"),
        Assumption.byDefault("horizon measured in", YearMonth.of(2025, 3),
            "METR 2025: published March 2025, Claude 3.7 Sonnet"),
        Assumption.byDefault("horizon doubles every, months", 7.0,
            "METR 2025: the 50 % horizon doubled about every 7 months from 2019 to 2025"),
        Assumption.byDefault("80 % horizon as a share of the 50 % one", 0.2,
            "METR 2025: at 80 % success the horizon is about a fifth of the 50 % one"),
        Assumption.byDefault("50 % horizon suffices up to error cost", 2,
            "Tacit: a cheap, reversible mistake is caught and redone, so half the attempts succeeding will do"),
        Assumption.byDefault("80 % horizon applies from error cost", 4,
            "Tacit: a costly, irreversible or signed-off mistake needs the highest reliability METR measure"),
        Assumption.byDefault("continual learning arrives", ContinualLearning.never(),
            "Tacit: today's AI does not learn on the job, and no lab has shown a date for it"),
        Assumption.byDefault("capture of scattered freed hours", 0.5,
            "Tacit; Humlum and Vestergaard 2025: chatbots saved about 3 % of hours, with no effect on hours or pay"),
        Assumption.byDefault("years from capable to full use", 8,
            "Straight line for the diffusion S-curve; Mansfield 1961: half of firms adopted in about 1–15 years"),
        Assumption.byDefault("first year", firstYear, "Tacit: the inventory describes today's work"),
        Assumption.byDefault("last year", firstYear + YEARS_AHEAD,
            "Tacit: ten years ahead, beyond which the trends are guesswork"));
  }

  /** The base scenario from this calendar year. */
  public static Scenario base() {
    return base(Year.now().getValue());
  }

  /**
   * The horizon doubles every 12 months instead of 7, the 80 % horizon applies from error cost 3,
   * capability takes 15 years to reach full use, and a quarter of scattered freed hours is captured.
   */
  public static Scenario cautious(int firstYear) {
    return base(firstYear).named("Cautious").withDoublingMonths(12).withReliability(0.2, 1, 3)
        .withAdoptionYears(15).withCaptureOfFragments(0.25);
  }

  /** The base scenario with AI learning on the job from 2030. */
  public static Scenario continualLearningBy2030(int firstYear) {
    return base(firstYear).named("Continual learning by 2030").withContinualLearning(ContinualLearning.in(2030));
  }

  public static List<Scenario> presets(int firstYear) {
    return List.of(cautious(firstYear), base(firstYear), continualLearningBy2030(firstYear));
  }
}
