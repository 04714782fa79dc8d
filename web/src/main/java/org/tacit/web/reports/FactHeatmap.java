package org.tacit.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;
import org.tacit.application.reports.Dashboard.FactColumn;
import org.tacit.application.reports.Dashboard.FactLevel;
import org.tacit.look.Shares;
import org.tacit.text.Words;

/**
 * A cell of the roles × task facts heatmap as {@code #{heatmap.style(column, level)}} and {@code
 * #{heatmap.text(…)}}: levels 1–5 shade from pale to dark, learning-need facts in green and
 * automation-readiness facts in orange (the colours of learning-bound and automatable); task
 * length, a quantity, shades by its logarithm from 6 minutes to a working week. Unknown cells stay
 * blank.
 */
@Named("heatmap")
@ApplicationScoped
public class FactHeatmap {

  private static final double SHORTEST_HOURS = 0.1;
  private static final double LONGEST_HOURS = 40;

  /** 0 (lowest) to 1 (highest) on the fact's own scale, or -1 when unknown. */
  public double intensity(FactColumn column, FactLevel level) {
    if (level == null || level.mean() == null) {
      return -1;
    }
    double mean = level.mean();
    if (column.quantity()) {
      double clamped = Math.min(LONGEST_HOURS, Math.max(SHORTEST_HOURS, mean));
      return Math.log(clamped / SHORTEST_HOURS) / Math.log(LONGEST_HOURS / SHORTEST_HOURS);
    }
    return Math.min(1, Math.max(0, (mean - 1) / 4));
  }

  public String style(FactColumn column, FactLevel level) {
    double t = intensity(column, level);
    if (t < 0) {
      return "background:#fff";
    }
    int hue = "LEARNING_NEED".equals(column.axis()) ? 142 : 21;
    long lightness = Math.round(96 - 50 * t);
    return "background:hsl("
        + hue
        + ",65%,"
        + lightness
        + "%);color:"
        + (lightness < 62 ? "#fff" : "#111827");
  }

  /** The mean as shown in the cell: one decimal, in the reader's locale; blank when unknown. */
  public String text(FactLevel level, Locale locale) {
    if (level == null || level.mean() == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(1);
    return format.format(level.mean());
  }

  /**
   * The hover text: the fact as the answer grid names it, what it asks, the mean, and how much of
   * it rests on answers and estimates, shares rounded as everywhere else ({@link Shares}).
   */
  public String title(FactColumn column, FactLevel level, Locale locale) {
    Words words = Words.in(locale);
    String fact = "fact." + column.column();
    String mean =
        level == null || level.mean() == null
            ? words.text("reports.heatmap.unknown")
            : text(level, locale);
    String named =
        words.text(
            "reports.heatmap.fact",
            words.textOr(fact, column.column()),
            words.textOr(fact + ".question", column.description()),
            mean);
    return level == null
        ? named
        : words.text(
            "reports.heatmap.answered",
            named,
            Shares.of(level.known(), locale),
            Shares.of(level.estimated(), locale));
  }
}
