package org.tacit.application.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tacit.infrastructure.persistence.TestDatabase.inTransaction;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.access.CallerScope;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.scenarios.ScenarioSummary;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.internal.ScenarioBeans;
import org.tacit.application.scenarios.internal.ScenarioServiceBean;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.scenario.Figures;
import org.tacit.domain.scenario.Holdback;
import org.tacit.domain.scenario.Portion;
import org.tacit.domain.scenario.PresetRange;
import org.tacit.domain.scenario.Scenario;
import org.tacit.domain.scenario.Scenarios;
import org.tacit.domain.scenario.Sensitivity;
import org.tacit.domain.scenario.StaffedRole;
import org.tacit.domain.scenario.SubstitutionEngine;
import org.tacit.domain.scenario.Workforce;
import org.tacit.infrastructure.persistence.TestDatabase;
import org.tacit.look.Shares;
import org.tacit.text.Words;

/**
 * The board report as the bean writes it: the same figures as the report, of the caller's
 * departments.
 */
class BoardReportTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theBoardReportPrintsTheReportsFiguresOfTheCallersDepartmentsOnly(TestDatabase database)
      throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      SubstitutionReportsTest.organisation(jpa);
      ScenarioBeans.presets(jpa);
      List<ScenarioSummary> scenarios =
          ScenarioBeans.as(jpa, SubstitutionReportsTest.ANNA, ScenarioServiceBean::scenarios);
      long base = scenarios.get(0).id();
      SubstitutionReport report =
          ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> r.report(base));

      String all = text(ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> board(r, base)));
      // Finance's clerks are wholly exposed and substitutable, the drivers not at all: 2 of 5 FTE,
      // 40 %
      YearFigures last = report.organisation().get(report.organisation().size() - 1);
      assertThat(last.naiveExposure().share()).isEqualTo(2 * 1720.0 / (5 * 1720.0));
      assertThat(all).contains("Naive exposure 40% 2.0 100,000 40% 2.0 100,000");
      assertThat(all)
          .contains(
              "Realistic substitution "
                  + figures(report.organisation().get(0).realisticSubstitution())
                  + " "
                  + figures(last.realisticSubstitution()));
      assertThat(all)
          .contains(
              "All departments",
              "Finance",
              "Operations",
              "Match invoices to purchase orders",
              "Base",
              "Cautious",
              "Page 1 of ",
              "No O*NET release is loaded");

      String own =
          text(ReportBeans.as(jpa, SubstitutionReportsTest.FIN_EDITOR, r -> board(r, base)));
      assertThat(own)
          .contains("Departments Finance", "Accounts clerk")
          .doesNotContain("Operations", "Delivery driver");

      CallerScope nobody = new CallerScope("vera", Set.of(CallerScope.VIEWER), Set.of());
      assertThat(text(ReportBeans.as(jpa, nobody, r -> board(r, base))))
          .contains("0 departments, 0 roles, 0 tasks", "Page 1 of ")
          .doesNotContain("Finance");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theBoardReportSaysWhyWithTheEnginesOwnSplitAndHowSureTheHeadlineIs(TestDatabase database) {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      SubstitutionReportsTest.organisation(jpa);
      paralegalWithoutLength(jpa);
      ScenarioBeans.presets(jpa);
      long base =
          ScenarioBeans.as(jpa, SubstitutionReportsTest.ANNA, ScenarioServiceBean::scenarios)
              .get(0)
              .id();
      Scenario scenario =
          ReportBeans.as(
              jpa,
              SubstitutionReportsTest.ANNA,
              r -> r.scenarios.find(base).orElseThrow().scenario(r.trends.current()));
      Workforce workforce =
          ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> r.scored().workforce());
      int year = scenario.lastYear().value();
      Figures last = new SubstitutionEngine(scenario).estimate(workforce).organisation().get(year);
      Holdback held = last.holdback();
      assertThat(held.total().hours() + last.realistic().hours())
          .as("held back and realistic make every hour")
          .isCloseTo(last.hours(), within(1e-6));

      String text =
          squashed(text(ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> board(r, base))));
      assertThat(text)
          .contains(
              squashed(
                  "what holds back the other "
                      + share(1 - last.realistic().share())
                      + " of the hours in "
                      + year));
      assertThat(text)
          .contains(
              squashed("to score) " + amount(held.notReady())),
              squashed("yet " + amount(held.learningNeed())),
              squashed("needs " + amount(held.taskLength())),
              squashed("take " + amount(held.unknownLength())),
              squashed("(capture) " + amount(held.adoptionAndCapture())),
              squashed("Realistic substitution " + amount(last.realistic())),
              squashed("All hours in scope " + hours(last.hours())));
      assertThat(held.unknownLength().hours())
          .as("the paralegal's task waits on its length")
          .isEqualTo(1720.0);
      assertThat(text)
          .contains(
              squashed(
                  "1 task of Paralegal (Legal) has no length: 1,720 hours a year wait on it."));

      List<Scenario> presets =
          Scenarios.presets(scenario.firstYear().value()).stream()
              .map(p -> p.withYears(scenario.firstYear().value(), year))
              .toList();
      PresetRange range =
          PresetRange.across(
              presets, workforce, workforce.roles().stream().map(StaffedRole::roleId).toList());
      assertThat(text)
          .contains(
              squashed(
                  "scenario Base, "
                      + share(last.realistic().share())
                      + " ("
                      + range(range.realistic())
                      + " across the presets) of the"));
      assertThat(text)
          .contains(
              squashed("How sure is the headline?"),
              squashed("Continual learning arrives never"),
              squashed("Real-work check"),
              squashed("measured: within a factor of 2, so the check holds."));
      Sensitivity sensitivity = Sensitivity.of(scenario, workforce);
      Sensitivity.Effect largest = sensitivity.effects().get(0);
      assertThat(text)
          .contains(squashed(BoardCertainty.name(largest.swing(), Words.in(Locale.US))));
      assertThat(text)
          .contains(squashed(share(largest.cautious())), squashed(share(largest.fast())));
    }
  }

  /** A paralegal whose one task is ready for AI, but nobody has said how long it takes. */
  private static void paralegalWithoutLength(EntityManagerFactory jpa) {
    inTransaction(
        jpa,
        em -> {
          Department legal = new Department("LEG", "Legal", null);
          em.persist(legal);
          Role paralegal = new Role(legal, null, "Paralegal");
          paralegal.staff(BigDecimal.ONE, new BigDecimal("60000"));
          em.persist(paralegal);
          em.persist(
              new Task(
                  paralegal,
                  "Check contracts against the template",
                  new BigDecimal("100"),
                  TaskFacts.confirmed(
                      Map.of(
                          TaskFact.DIGITAL_IO,
                          new BigDecimal("5"),
                          TaskFact.VERIFIABILITY,
                          new BigDecimal("5"),
                          TaskFact.PHYSICAL_PRESENCE,
                          BigDecimal.ONE,
                          TaskFact.ERROR_COST,
                          BigDecimal.ONE,
                          TaskFact.TACIT_CONTEXT,
                          BigDecimal.ONE,
                          TaskFact.TIME_TO_PROFICIENCY,
                          BigDecimal.ONE))));
          return null;
        });
  }

  /** Hours, FTE and share of a part as the why table prints them in US English: 1,720 1.0 25%. */
  private static String amount(Portion part) {
    return hours(part.hours()) + " " + fte(part.fte()) + " " + share(part.share());
  }

  private static String hours(double hours) {
    return NumberFormat.getIntegerInstance(Locale.US).format(Math.round(hours));
  }

  private static String fte(double fte) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(fte);
  }

  private static String share(double share) {
    return Shares.of(share, Locale.US);
  }

  private static String range(PresetRange.Range range) {
    String low = share(range.low());
    String high = share(range.high());
    return low.equals(high) ? low : low + "–" + high;
  }

  /** PDFBox sets a space after a line's first letter now and then: compare without white space. */
  private static String squashed(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static byte[] board(SubstitutionReportsBean reports, long scenario) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.board(scenario, Locale.US, out);
    return out.toByteArray();
  }

  /** Share, FTE and cost as the report prints them in US English: 2.8% 0.1 7,000. */
  private static String figures(YearFigures.Share figure) {
    NumberFormat fte = NumberFormat.getNumberInstance(Locale.US);
    fte.setMinimumFractionDigits(1);
    fte.setMaximumFractionDigits(1);
    return Shares.of(figure.share(), Locale.US)
        + " "
        + fte.format(figure.fte())
        + " "
        + NumberFormat.getIntegerInstance(Locale.US).format(Math.round(figure.cost()));
  }

  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("[ \\t]*\\R[ \\t]*", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
