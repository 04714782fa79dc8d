package org.tacit.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacit.application.reports.SubstitutionReport.OpenAnswer;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Holdback;
import org.tacit.application.scenarios.YearFigures.Share;

/**
 * Why a figure is what it is, in words, as {@code #{why.holdback(year, view.locale)}}: what holds
 * back the hours that are not realistic substitution, largest first ("All 1,032 h wait on a task
 * length nobody gave"), and what would change it ("6 tasks of Accountant have no length: 1,480
 * hours a year wait on them"), each answer linked to its first task on the role page.
 */
@Named("why")
@ApplicationScoped
public class WhyWords {

  /**
   * Parts under half an hour a year, or under 0.05 % of the hours, say nothing a reader could act
   * on.
   */
  private static final double SMALLEST_HOURS = 0.5;

  private static final double SMALLEST_SHARE = 0.0005;

  /** From this share on a part is "all" of the hours. */
  private static final double ALL = 0.995;

  /**
   * What holds the year's hours back, one sentence a part, largest first; empty when nothing does.
   */
  public List<String> holdback(YearFigures year, Locale locale) {
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, Share> part : parts(year)) {
      Share share = part.getValue();
      String reason = ReportWords.text(locale, "why.reason." + part.getKey());
      String hours = ReportWords.hours(locale, share.hours());
      sentences.add(
          share.share() != null && share.share() >= ALL
              ? ReportWords.text(locale, "why.all", hours, reason)
              : ReportWords.text(
                  locale, "why.part", ReportWords.percent(locale, share.share()), hours, reason));
    }
    return sentences;
  }

  /**
   * The largest part, in a few words with its share ("length unknown: 100 %"); "nothing" when
   * nothing holds the hours back, empty where the report left the holdback out.
   */
  public String heldMostBy(YearFigures year, Locale locale) {
    List<Map.Entry<String, Share>> parts = parts(year);
    if (parts.isEmpty()) {
      return year == null || year.holdback() == null
          ? ""
          : ReportWords.text(locale, "why.short.nothing");
    }
    Map.Entry<String, Share> largest = parts.get(0);
    return ReportWords.text(
        locale,
        "why.short",
        ReportWords.text(locale, "why.short." + largest.getKey()),
        ReportWords.percent(locale, largest.getValue().share()));
  }

  /** What an open answer would release, as a sentence. */
  public String openAnswer(OpenAnswer open, Locale locale) {
    return ReportWords.text(
        locale,
        "open." + open.kind(),
        open.taskIds().size(),
        open.roleTitle(),
        ReportWords.hours(locale, open.hours()));
  }

  /** The role page at the open answer's first task, below the context path. */
  public String link(OpenAnswer open) {
    return "/app/inventory/role.xhtml?id="
        + open.roleId()
        + (open.taskIds().isEmpty()
            ? ""
            : "&task=" + open.taskIds().get(0) + "#task-" + open.taskIds().get(0));
  }

  /** The parts holding back at least half an hour, largest first, by their bundle key. */
  private static List<Map.Entry<String, Share>> parts(YearFigures year) {
    Holdback h = year == null ? null : year.holdback();
    if (h == null) {
      return List.of();
    }
    List<Map.Entry<String, Share>> parts =
        new ArrayList<>(
            List.of(
                Map.entry("notReady", h.notReady()),
                Map.entry("learningNeed", h.learningNeed()),
                Map.entry("taskLength", h.taskLength()),
                Map.entry("unknownLength", h.unknownLength()),
                Map.entry("adoptionAndCapture", h.adoptionAndCapture())));
    parts.removeIf(
        p ->
            p.getValue().hours() == null
                || p.getValue().hours() < SMALLEST_HOURS
                || (p.getValue().share() != null && p.getValue().share() < SMALLEST_SHARE));
    parts.sort(
        Comparator.comparingDouble((Map.Entry<String, Share> p) -> p.getValue().hours())
            .reversed());
    return parts;
  }
}
