package org.tacit.infrastructure.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tacit.domain.report.BoardReport;
import org.tacit.domain.report.BoardReport.Amount;
import org.tacit.domain.report.BoardReport.AssumptionLine;
import org.tacit.domain.report.BoardReport.ClassHours;
import org.tacit.domain.report.BoardReport.Contribution;
import org.tacit.domain.report.BoardReport.Cover;
import org.tacit.domain.report.BoardReport.CoverageLine;
import org.tacit.domain.report.BoardReport.HeldBack;
import org.tacit.domain.report.BoardReport.Method;
import org.tacit.domain.report.BoardReport.OpenAnswer;
import org.tacit.domain.report.BoardReport.PresetRanges;
import org.tacit.domain.report.BoardReport.Range;
import org.tacit.domain.report.BoardReport.RealWorkLine;
import org.tacit.domain.report.BoardReport.Row;
import org.tacit.domain.report.BoardReport.RuleLine;
import org.tacit.domain.report.BoardReport.Sensitivity;
import org.tacit.domain.report.BoardReport.Series;
import org.tacit.domain.report.BoardReport.Setting;
import org.tacit.domain.report.BoardReport.SwingLine;
import org.tacit.domain.report.BoardReport.TaskLine;
import org.tacit.domain.report.BoardReport.YearFigures;
import org.tacit.domain.scenario.OpenAnswers;

/**
 * A board report with figures chosen by hand: the organisation's realistic substitution is 12.34 %
 * of 123,456.7 hours (1,234.56 FTE in the last year), 4.5–31 % across the presets; what holds the
 * rest back adds up with it to the whole; departments and roles are named in Latin, Cyrillic and
 * Chinese script, and a role's title tries to pass for PDF markup.
 */
final class SampleBoard {

  static final String CYRILLIC_DEPARTMENT = "Бухгалтерия";
  static final String CHINESE_ROLE = "财务分析师";

  private SampleBoard() {}

  static BoardReport withRoles(int roleCount) {
    List<Integer> years = List.of(2026, 2027, 2028, 2029, 2030);
    YearFigures now =
        new YearFigures(
            2026,
            123_456.7,
            80.25,
            9_876_543.0,
            new Amount(0.4321, 53_345.6, 34.68, 4_267_654.0),
            new Amount(0.2109, 26_037.0, 16.93, 2_083_000.0),
            new Amount(0.0345, 4_259.3, 2.77, 340_740.0));
    YearFigures last =
        new YearFigures(
            2030,
            123_456.7,
            80.25,
            9_876_543.0,
            new Amount(0.4321, 53_345.6, 34.68, 4_267_654.0),
            new Amount(0.3456, 42_666.6, 27.73, 3_413_333.0),
            new Amount(0.1234, 15_234.6, 1_234.56, 1_218_765.0));
    List<String> departmentNames = List.of("Finance", CYRILLIC_DEPARTMENT, "客户服务部", "Operations");
    List<Row> departments = new ArrayList<>();
    List<ClassHours> classes = new ArrayList<>();
    List<Contribution> leading = new ArrayList<>();
    for (int d = 0; d < departmentNames.size(); d++) {
      departments.add(
          new Row(
              departmentNames.get(d),
              null,
              30_000.0 + d,
              20.0,
              0.4,
              0.3,
              0.1,
              2.0 + d,
              held(0.6, 0.1, 0.1, 0.05, 0.05, 30_000.0 + d)));
      classes.add(
          new ClassHours(
              "D" + d,
              departmentNames.get(d),
              List.of(8000.0, 6000.0, 9000.0 - 1000 * d, 4000.0, 500.0)));
      leading.add(new Contribution(departmentNames.get(d), 2.0 + d, 0.25));
    }
    List<Row> roles = new ArrayList<>();
    roles.add(
        new Row(
            CHINESE_ROLE,
            CYRILLIC_DEPARTMENT,
            3_440.0,
            2.0,
            1.0,
            1.0,
            0.5,
            1.0,
            held(0, 0, 0.3, 0.2, 0, 3_440.0)));
    for (int r = 1; r < roleCount; r++) {
      roles.add(
          new Row(
              "Role " + r,
              departmentNames.get(r % departmentNames.size()),
              1720.0 * (r % 7 + 1),
              r % 7 + 1.0,
              0.5,
              0.25,
              0.125,
              (r % 7 + 1) * 0.125,
              held(0.5, 0.25, 0.0625, 0, 0.0625, 1720.0 * (r % 7 + 1))));
    }
    List<TaskLine> tasks = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      tasks.add(
          new TaskLine(
              "Match invoices to purchase orders, batch " + t,
              "Accounts clerk",
              "Finance",
              3440.0 - t * 100,
              20.0,
              85.0,
              List.of(
                  "inputs and outputs are digital (5/5)", "a result is checked at once (5/5)")));
    }
    List<TaskLine> bound =
        List.of(
            new TaskLine(
                "Negotiate the renewal with the key account",
                CHINESE_ROLE,
                CYRILLIC_DEPARTMENT,
                860.0,
                88.0,
                30.0,
                List.of("depends on unwritten context (5/5)")));
    List<RuleLine> rules =
        List.of(
            new RuleLine(
                "LEARN-TACIT",
                "tacit_context",
                "L",
                "for",
                3,
                "Unwritten context is learned on the job."),
            new RuleLine(
                "AUTO-LENGTH",
                "task_length_hours",
                "A",
                "against",
                2,
                "METR: the 50 % horizon was 1 h in 2025."));
    return new BoardReport(
        new Cover(
            "All departments",
            "Base",
            LocalDate.of(2026, 11, 26),
            3,
            LocalDate.of(2026, 3, 1),
            "admin",
            departmentNames.size(),
            roleCount,
            roleCount * 5),
        years,
        now,
        last,
        new PresetRanges(
            2030,
            new Range(0.2, "Cautious", 0.5, "Fast"),
            new Range(0.045, "Cautious", 0.31, "Fast")),
        HELD,
        leading,
        openAnswers(),
        sensitivity(),
        List.of(
            series("Base", 0.0345, 0.1234),
            series("Cautious", 0.01, 0.05),
            series("Continual learning", 0.04, 0.3)),
        0,
        series("Naive exposure", 0.4321, 0.4321),
        series("Technically substitutable", 0.2109, 0.3456),
        List.of("Automatable", "Augmentable", "Learning-bound", "Manual", "Unscored"),
        classes,
        departments,
        roles,
        tasks,
        bound,
        List.of(
            new AssumptionLine(
                "AI task horizon (hours at 50 % success)", "1.0", "1.0", "METR 2025", true),
            new AssumptionLine(
                "Continual learning arrives", "2032", "never", "Scenario choice", false)),
        new Method(
            3,
            50,
            60,
            0.5,
            rules,
            new CoverageLine(roleCount * 5, 12, 1, 2.5, 0.02, 0.0567, 0.3456, 0.71),
            "METR time horizons: the trend fitted to 9 METR measurements, 2024-03 to 2026-02"
                + " (Scenarios page)",
            List.of(
                new RealWorkLine(
                    "Remote Labor Index, best agent",
                    YearMonth.of(2025, 10),
                    11.5,
                    3,
                    0.025,
                    0.031,
                    2,
                    true,
                    "Mazeika et al., Remote Labor Index, arXiv 2510.26787")),
            "This report includes information from the O*NET 27.0 Database by the U.S. Department"
                + " of Labor."),
        new BoardReport.Economy(
            "The US economy as one organisation.",
            List.of(
                new BoardReport.EconomyLine("Naive exposure, 2026", 0.4321, 0.625),
                new BoardReport.EconomyLine("Technically substitutable, 2030", 0.3456, 0.081),
                new BoardReport.EconomyLine("Realistic substitution, 2030", 0.1234, 0.032),
                new BoardReport.EconomyLine(
                    "Coverage: hours resting on unconfirmed estimates", 0.3456, 1.0),
                new BoardReport.EconomyLine(
                    "Coverage: hours ready for AI of unknown length", 0.0567, 0.041)),
            null,
            0.968,
            List.of(
                new BoardReport.Estimate(
                    "Frey and Osborne 2013",
                    0.47,
                    true,
                    "Share of US employment at high risk.",
                    "Frey and Osborne, The Future of Employment, 2013."),
                new BoardReport.Estimate(
                    "Microsoft AI applicability, employment-weighted mean",
                    0.184,
                    false,
                    "Observed use.",
                    "Tomlinson et al., Working with AI, 2025."))));
  }

  /**
   * What holds the organisation's 87.66 % back: not ready 56.79 %, learning 8.65 %, length 3.24 %,
   * unknown length 4.86 %, adoption and capture 14.12 %; with realistic substitution, 100 %.
   */
  static final HeldBack HELD =
      new HeldBack(
          amount(70_111.1),
          amount(10_679.0),
          amount(4_000.0),
          amount(6_000.0),
          amount(123_456.7 - 15_234.6 - 70_111.1 - 10_679.0 - 4_000.0 - 6_000.0));

  private static Amount amount(double hours) {
    return new Amount(hours / 123_456.7, hours, hours / 1720, hours / 123_456.7 * 9_876_543.0);
  }

  private static HeldBack held(
      double notReady,
      double learning,
      double length,
      double unknown,
      double adoption,
      double hours) {
    return new HeldBack(
        share(notReady, hours),
        share(learning, hours),
        share(length, hours),
        share(unknown, hours),
        share(adoption, hours));
  }

  private static Amount share(double share, double hours) {
    return new Amount(share, share * hours, share * hours / 1720, null);
  }

  private static List<OpenAnswer> openAnswers() {
    return List.of(
        new OpenAnswer(
            OpenAnswers.Kind.NO_LENGTH,
            "Accountant",
            "Finance",
            6,
            "Prepare the monthly accruals",
            1480),
        new OpenAnswer(
            OpenAnswers.Kind.ESTIMATED_LENGTH, CHINESE_ROLE, CYRILLIC_DEPARTMENT, 3, "核对发票", 912.4),
        new OpenAnswer(
            OpenAnswers.Kind.ESTIMATED_LEARNING_NEED,
            "Role 3",
            "Operations",
            1,
            "Plan the week's routes",
            430),
        new OpenAnswer(
            OpenAnswers.Kind.UNSCORED, "<b>) Tj ET (Role", "Finance", 2, "%PDF-1.4 endobj", 120));
  }

  private static Sensitivity sensitivity() {
    return new Sensitivity(
        "Base",
        2030,
        0.1234,
        List.of(
            new SwingLine(
                "The AI horizon doubles every",
                new Setting(12.0, Setting.Unit.MONTHS),
                new Setting(4.5, Setting.Unit.MONTHS),
                0.05,
                0.21),
            new SwingLine(
                "Share of the horizon that holds on real work",
                new Setting(0.075, Setting.Unit.SHARE),
                new Setting(0.3, Setting.Unit.SHARE),
                0.08,
                0.18),
            new SwingLine(
                "Continual learning arrives",
                new Setting(null, Setting.Unit.YEAR),
                new Setting(2030.0, Setting.Unit.YEAR),
                0.1234,
                0.16),
            new SwingLine(
                "Years from capable to full use",
                new Setting(8.0, Setting.Unit.YEARS),
                new Setting(3.0, Setting.Unit.YEARS),
                0.1,
                0.14)));
  }

  private static Series series(String name, double first, double last) {
    List<Double> shares = new ArrayList<>();
    for (int y = 0; y < 5; y++) {
      shares.add(first + (last - first) * y / 4);
    }
    return new Series(name, shares);
  }
}
