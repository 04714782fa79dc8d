package org.tacit.domain.scenario;

import java.time.Year;
import java.util.List;

/**
 * The preset scenarios an organisation starts from, and the defaults with their sources. The base
 * scenario is every assumption at its default; the AI horizon's defaults are the trend fitted to
 * the measured points ({@link HorizonTrend}), the rest are constants argued in docs/method.md. The
 * cautious and fast presets take every assumption's cautious or fast value ({@link Swing}), the
 * same values the sensitivity of the headline swings each assumption to.
 */
public final class Scenarios {

  /** Ten years ahead: far enough for a workforce plan, and further the trends are guesswork. */
  public static final int YEARS_AHEAD = 10;

  /**
   * The share of the benchmark horizon that holds on real work, derived in docs/method.md ("How
   * much of the benchmark holds on real work") from the Remote Labor Index and METR's mergeability
   * studies.
   */
  public static final double REAL_WORK_SHARE = 0.15;

  /**
   * Five years so that the second reaches 40 %, as 39 % of US adults used generative AI two years
   * on.
   */
  public static final int ADOPTION_YEARS = 5;

  private Scenarios() {}

  /**
   * Every assumption at its default, the horizon from {@code trend}, from {@code firstYear} for
   * eleven years.
   */
  public static Scenario base(int firstYear, HorizonTrend trend) {
    Object[] fitted = {trend.points(), trend.from().toString(), trend.to().toString()};
    return new Scenario(
        "Base",
        Assumption.byDefault(trend.hoursAt(), fitted),
        Assumption.byDefault(trend.at(), fitted),
        Assumption.byDefault(trend.doublingMonths(), fitted),
        Assumption.byDefault(REAL_WORK_SHARE),
        Assumption.byDefault(0.2),
        Assumption.byDefault(2),
        Assumption.byDefault(4),
        Assumption.byDefault(ContinualLearning.never()),
        Assumption.byDefault(0.5),
        Assumption.byDefault(ADOPTION_YEARS),
        Assumption.byDefault(firstYear),
        Assumption.byDefault(firstYear + YEARS_AHEAD));
  }

  /** The base scenario from {@code firstYear}, the horizon fitted to the points Tacit ships. */
  public static Scenario base(int firstYear) {
    return base(firstYear, shippedTrend());
  }

  /** The base scenario from this calendar year. */
  public static Scenario base() {
    return base(Year.now().getValue());
  }

  /** The trend of the measured points Tacit ships, before an administrator adds any. */
  public static HorizonTrend shippedTrend() {
    return HorizonTrend.fit(MeasuredHorizons.published());
  }

  /** Every assumption at its cautious value. */
  public static Scenario cautious(int firstYear, HorizonTrend trend) {
    Scenario cautious = base(firstYear, trend).named("Cautious");
    for (Swing swing : Swing.values()) {
      cautious = swing.cautious(cautious);
    }
    return cautious;
  }

  /**
   * Every assumption at its fast value, but for continual learning, which has a preset of its own.
   */
  public static Scenario fast(int firstYear, HorizonTrend trend) {
    Scenario fast = base(firstYear, trend).named("Fast");
    for (Swing swing : Swing.values()) {
      fast = swing == Swing.CONTINUAL_LEARNING ? fast : swing.fast(fast);
    }
    return fast;
  }

  /** The base scenario with AI learning on the job from 2030. */
  public static Scenario continualLearningBy2030(int firstYear, HorizonTrend trend) {
    return base(firstYear, trend)
        .named("Continual learning by 2030")
        .withContinualLearning(ContinualLearning.in(2030));
  }

  public static List<Scenario> presets(int firstYear, HorizonTrend trend) {
    return List.of(
        cautious(firstYear, trend),
        base(firstYear, trend),
        fast(firstYear, trend),
        continualLearningBy2030(firstYear, trend));
  }

  public static Scenario cautious(int firstYear) {
    return cautious(firstYear, shippedTrend());
  }

  public static Scenario fast(int firstYear) {
    return fast(firstYear, shippedTrend());
  }

  public static Scenario continualLearningBy2030(int firstYear) {
    return continualLearningBy2030(firstYear, shippedTrend());
  }

  public static List<Scenario> presets(int firstYear) {
    return presets(firstYear, shippedTrend());
  }
}
