package org.tacit.application.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Coverage;
import org.tacit.application.scenarios.YearFigures.Share;

class EconomyComparisonTest {

  private static YearFigures year(
      int year, double naive, double technical, double realistic, double unknownLength) {
    return new YearFigures(
        year,
        1000.0,
        1.0,
        0.0,
        new Share(naive, null, null, null),
        new Share(technical, null, null, null),
        new Share(realistic, null, null, null),
        new Coverage(1, 0, 0, null, 0.0, unknownLength, 0.0, 0.5),
        null);
  }

  private static EconomyBenchmark economy(List<YearFigures> years) {
    return new EconomyBenchmark(
        null,
        "O*NET 27.0",
        1,
        "BLS",
        List.of(2026, 2027),
        years,
        Map.of(
            "AUTOMATABLE",
            0.3,
            "AUGMENTABLE",
            0.3,
            "LEARNING_BOUND",
            0.1,
            "MANUAL",
            0.25,
            "UNSCORED",
            0.05),
        null,
        List.of(),
        List.of());
  }

  private final List<YearFigures> ours =
      List.of(year(2026, 0.6, 0.2, 0.05, 0), year(2027, 0.6, 0.3, 0.1, 0));
  private final List<ClassHours> ourHours =
      List.of(
          new ClassHours("FIN", "Finance", Map.of("AUTOMATABLE", 300.0, "MANUAL", 100.0)),
          new ClassHours("OPS", "Operations", Map.of("MANUAL", 600.0)));

  @Test
  void figuresStandSideBySideWithExposureNowSubstitutionAtTheEndAndTheClassMixOfAllDepartments() {
    var lines =
        EconomyComparison.of(
            ours,
            ourHours,
            economy(List.of(year(2026, 0.5, 0.1, 0.01, 0), year(2027, 0.5, 0.2, 0.05, 0))));

    assertThat(lines)
        .extracting(EconomyComparison.Line::figure)
        .containsExactly(
            "Naive exposure, 2026",
            "Technically substitutable, 2027",
            "Realistic substitution, 2027",
            "Hours in automatable tasks",
            "Hours in augmentable tasks",
            "Hours in learning-bound tasks",
            "Hours in manual tasks",
            "Hours in not scored tasks");
    assertThat(lines.get(0))
        .isEqualTo(new EconomyComparison.Line("Naive exposure, 2026", 0.6, 0.5, null));
    assertThat(lines.get(2))
        .isEqualTo(new EconomyComparison.Line("Realistic substitution, 2027", 0.1, 0.05, null));
    assertThat(lines.get(3).organisation()).isEqualTo(0.3);
    assertThat(lines.get(6).organisation()).isEqualTo(0.7);
    assertThat(lines.get(6).economy()).isEqualTo(0.25);
  }

  @Test
  void anEconomyWhoseTasksHaveNoLengthsHasNoSubstitutionFigureButSaysWhy() {
    var lines =
        EconomyComparison.of(
            ours,
            ourHours,
            economy(List.of(year(2026, 0.5, 0, 0, 0.5), year(2027, 0.5, 0, 0, 0.5))));

    assertThat(lines.get(1).economy()).isNull();
    assertThat(lines.get(2).economy()).isNull();
    assertThat(lines.get(1).note()).contains("no task lengths");
    assertThat(lines.get(0).economy()).isEqualTo(0.5);
  }
}
