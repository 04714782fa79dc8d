package org.tacit.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.reports.EconomyComparison;
import org.tacit.application.reports.SubstitutionReport.Sensitivity;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.text.Words;

/**
 * The Reports page's sentences with figures in them, as {@code #{sentences.ofFte(…, view.locale)}}:
 * the bundle's sentence in the reader's language, shares rounded as the board PDF rounds them. A
 * sentence whose figure the page sets apart (bold, or with an id a test reads) comes as {@link
 * Parts}, so the translation still decides where in the sentence the figure stands.
 */
@Named("sentences")
@ApplicationScoped
public class ReportSentences {

  /** Stands in for the figure set apart while the sentence is formatted; no bundle text has it. */
  private static final String MARK = "\uE000";

  /**
   * A sentence around one figure: {@code before}, the figure, {@code after}.
   *
   * @param figure the figure as written, set apart by the page
   */
  public record Parts(String before, String figure, String after) implements Serializable {}

  /** "Of 23 FTE in Finance." */
  public String ofFte(YearFigures now, String scope, Locale locale) {
    double fte = now.fte() == null ? 0 : now.fte();
    return ReportWords.text(locale, "reports.ofFte", ReportWords.decimal(locale, fte), scope);
  }

  /** "12% of the hours rest on at least one unconfirmed estimate." */
  public String restsOnEstimates(YearFigures now, Locale locale) {
    return ReportWords.text(
        locale,
        "reports.restsOnEstimates",
        ReportWords.percent(locale, now.coverage().estimatedShare()));
  }

  /** "Realistic substitution … in 2035 is <b>28.3%</b> under “Base”." */
  public Parts sensitivity(Sensitivity sensitivity, String scenario, Locale locale) {
    return parts(
        locale,
        "reports.sensitivityHeadline",
        1,
        String.valueOf(sensitivity.year()),
        new CertaintyWords().percent(sensitivity.share(), locale),
        scenario);
  }

  /** "25% of the role", a task's share of its role's time. */
  public String ofRole(BigDecimal timeSharePct, Locale locale) {
    return timeSharePct == null
        ? ""
        : ReportWords.text(
            locale,
            "reports.ofRole",
            ReportWords.percent(locale, timeSharePct.doubleValue() / 100));
  }

  /** What the US economy as one organisation is made of. */
  public String economyBasis(EconomyBenchmark economy, Locale locale) {
    return ReportWords.text(
        locale,
        "reports.economyBasis",
        economy.coverage().occupationsCounted(),
        economy.libraryRelease(),
        economy.employmentSource(),
        ReportWords.percent(locale, economy.coverage().employmentCountedShare()),
        String.valueOf(economy.ruleSetVersion()));
  }

  /** How the economy's task lengths are known, with the share of hours whose length is not. */
  public Parts economyLengths(EconomyBenchmark economy, Locale locale) {
    return parts(
        locale,
        "reports.economyLengths",
        0,
        ReportWords.percent(locale, economy.economy().get(0).coverage().unknownLengthShare()));
  }

  /** Line {@code n} of the comparison with the economy: "Naive exposure, 2026". */
  public String economyFigure(int n, YearFigures now, YearFigures later, Locale locale) {
    return EconomyComparison.figure(n, now.year(), later.year(), Words.in(locale));
  }

  private static Parts parts(Locale locale, String key, int figure, Object... arguments) {
    Object[] marked = arguments.clone();
    marked[figure] = MARK;
    String sentence = ReportWords.text(locale, key, marked);
    int at = sentence.indexOf(MARK);
    return at < 0
        ? new Parts(sentence, "", "")
        : new Parts(
            sentence.substring(0, at),
            String.valueOf(arguments[figure]),
            sentence.substring(at + MARK.length()));
  }
}
