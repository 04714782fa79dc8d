package org.tacit.application.reports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.domain.scoring.TaskClass;
import org.tacit.text.Words;

/**
 * This organisation (or department) beside the US economy, figure by figure, under one scenario.
 * Where the economy cannot have a figure it says why instead of showing a zero a board would
 * misread: O*NET gives no task lengths, so none of its tasks can be shown to fit the AI horizon.
 * The Reports page and the board report print the same lines.
 */
public final class EconomyComparison {

  /**
   * One line of the comparison.
   *
   * @param economy null when the economy cannot have this figure; {@code note} says why
   */
  public record Line(String figure, Double organisation, Double economy, String note)
      implements Serializable {}

  private EconomyComparison() {}

  public static List<Line> of(
      List<YearFigures> ours, List<ClassHours> ourHours, EconomyBenchmark economy) {
    List<Line> lines = new ArrayList<>();
    YearFigures ourFirst = ours.get(0);
    YearFigures ourLast = ours.get(ours.size() - 1);
    YearFigures theirFirst = economy.economy().get(0);
    YearFigures theirLast = economy.economy().get(economy.economy().size() - 1);
    lines.add(
        new Line(
            "Naive exposure, " + ourFirst.year(),
            ourFirst.naiveExposure().share(),
            theirFirst.naiveExposure().share(),
            null));
    String noLengths = lengthsUnknown(theirLast);
    lines.add(
        new Line(
            "Technically substitutable, " + ourLast.year(),
            ourLast.technicallySubstitutable().share(),
            noLengths == null ? theirLast.technicallySubstitutable().share() : null,
            noLengths));
    lines.add(
        new Line(
            "Realistic substitution, " + ourLast.year(),
            ourLast.realisticSubstitution().share(),
            noLengths == null ? theirLast.realisticSubstitution().share() : null,
            noLengths));
    Map<String, Double> theirs = economy.hoursShareByClass();
    double ourTotal =
        ourHours.stream()
            .flatMap(d -> d.hours().values().stream())
            .mapToDouble(Double::doubleValue)
            .sum();
    for (TaskClass taskClass : TaskClass.values()) {
      double ourClass =
          ourHours.stream().mapToDouble(d -> d.hours().getOrDefault(taskClass.name(), 0.0)).sum();
      lines.add(
          new Line(
              "Hours in " + inWords(taskClass) + " tasks",
              ourTotal > 0 ? ourClass / ourTotal : null,
              theirs.get(taskClass.name()),
              null));
    }
    return lines;
  }

  /** A class as a sentence names it: "learning-bound", "not scored". */
  private static String inWords(TaskClass taskClass) {
    return taskClass == TaskClass.UNSCORED
        ? "not scored"
        : taskClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Line {@code n} of {@link #of} in the reader's words, for the page and the board report alike:
   * the three figures (naive in the first year, the others in the last), then the hours of each
   * task class in the order of {@link TaskClass#values()}, as {@link #of} lists them.
   */
  public static String figure(int n, int firstYear, int lastYear, Words words) {
    String first = String.valueOf(firstYear);
    String last = String.valueOf(lastYear);
    return switch (n) {
      case 0 -> words.text("board.economy.line.naive", first);
      case 1 -> words.text("board.economy.line.technical", last);
      case 2 -> words.text("board.economy.line.realistic", last);
      default ->
          words.text(
              "board.economy.line.classHours",
              words.text("board.economy.class." + TaskClass.values()[n - 3].name()));
    };
  }

  /** Why the economy lacks a figure, where it does: the first note of {@code lines}, or null. */
  public static String note(List<Line> lines) {
    return lines.stream().map(Line::note).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * Why the economy has no substitution figure, or null when it has one: every task it could call
   * substitutable has no length, so a zero would say nothing about AI.
   */
  private static String lengthsUnknown(YearFigures economy) {
    Double unknown = economy.coverage().unknownLengthShare();
    Double technical = economy.technicallySubstitutable().share();
    if (unknown != null && unknown > 0 && (technical == null || technical == 0)) {
      return "O*NET gives no task lengths, so no task of the economy can be shown to fit the AI"
          + " horizon";
    }
    return null;
  }
}
