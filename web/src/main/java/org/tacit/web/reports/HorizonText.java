package org.tacit.web.reports;

import java.net.URI;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.text.Words;

/**
 * How the measured horizons read on a page, in the reader's locale: a length of task from seconds
 * (GPT-2) to days (a future model) in the unit a person would say, a month as "Feb 2026", the
 * fitted trend as one sentence, and a source's address as a link only when it is a web address.
 */
public final class HorizonText {

  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s,;]+[^\\s,;.)]");
  private static final double MINUTE = 1.0 / 60;

  private final Locale locale;

  public HorizonText(Locale locale) {
    this.locale = locale;
  }

  /** "2 s", "36 min", "4.9 h", "17.4 h". */
  public String hours(double hours) {
    if (hours < MINUTE) {
      return number(hours * 3600, hours * 3600 < 10 ? 1 : 0) + " s";
    }
    if (hours < 1) {
      return number(hours * 60, hours * 60 < 10 ? 1 : 0) + " min";
    }
    return number(hours, 1) + " h";
  }

  /** A length on the chart's axis, in whole units: "1 s", "10 min", "1,000 h". */
  public String tick(double hours) {
    if (hours < MINUTE) {
      return number(hours * 3600, 0) + " s";
    }
    if (hours < 1) {
      return number(hours * 60, 0) + " min";
    }
    return number(hours, 0) + " h";
  }

  public Locale locale() {
    return locale;
  }

  public String month(YearMonth month) {
    return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
  }

  /**
   * "Fitted to 18 points from Feb 2019 to Apr 2026: 5.6 h at 50 % in Apr 2026, doubling every 6.0
   * months."
   */
  public String fit(HorizonTrend trend) {
    return Words.in(locale)
        .text(
            "horizon.fit",
            trend.points(),
            month(trend.from()),
            month(trend.to()),
            hours(trend.hoursAt()),
            month(trend.at()),
            number(trend.doublingMonths(), 1));
  }

  /** "From Jan 2023 on, fitted to 9 points …": the fit of the recent points only. */
  public String recentFit(YearMonth since, HorizonTrend trend) {
    return Words.in(locale)
        .text(
            "horizon.recentFit",
            month(since),
            trend.points(),
            month(trend.from()),
            month(trend.to()),
            hours(trend.hoursAt()),
            month(trend.at()),
            number(trend.doublingMonths(), 1));
  }

  /** The first web address in {@code source}, if it has one that parses as such. */
  public static Optional<String> address(String source) {
    Matcher found = ADDRESS.matcher(source == null ? "" : source);
    if (!found.find()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(found.group());
      return uri.getHost() == null ? Optional.empty() : Optional.of(uri.toASCIIString());
    } catch (java.net.URISyntaxException notAnAddress) {
      return Optional.empty();
    }
  }

  /** {@code source} without its web address, which the page shows as a link beside it. */
  public static String withoutAddress(String source) {
    return address(source)
        .map(url -> source.replace(url, "").strip().replaceAll("[,;]\\s*$", "").strip())
        .orElse(source);
  }

  private String number(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }
}
