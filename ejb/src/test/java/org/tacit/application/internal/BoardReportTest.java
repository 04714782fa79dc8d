package org.tacit.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacit.application.CallerScope;
import org.tacit.application.ScenarioView;
import org.tacit.application.SubstitutionReport;
import org.tacit.infrastructure.persistence.TestDatabase;

/** The board report as the bean writes it: the same figures as the report, of the caller's departments. */
class BoardReportTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theBoardReportPrintsTheReportsFiguresOfTheCallersDepartmentsOnly(TestDatabase database) throws IOException {
    try (EntityManagerFactory jpa = database.freshJpa()) {
      SubstitutionReportsTest.organisation(jpa);
      ReportBeans.presets(jpa);
      List<ScenarioView> scenarios = ReportBeans.as(jpa, SubstitutionReportsTest.ANNA,
          SubstitutionReportsBean::scenarios);
      long base = scenarios.get(0).id();
      SubstitutionReport report = ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> r.report(base));

      String all = text(ReportBeans.as(jpa, SubstitutionReportsTest.ANNA, r -> board(r, base)));
      // Finance's clerks are wholly exposed and substitutable, the drivers not at all: 2 of 5 FTE, 40 %
      SubstitutionReport.YearFigures last = report.organisation().get(report.organisation().size() - 1);
      assertThat(last.naiveExposure().share()).isEqualTo(2 * 1720.0 / (5 * 1720.0));
      assertThat(all).contains("Naive exposure 40.0% 2.0 100,000 40.0% 2.0 100,000");
      assertThat(all).contains("Realistic substitution " + figures(report.organisation().get(0).realisticSubstitution())
          + " " + figures(last.realisticSubstitution()));
      assertThat(all).contains("All departments", "Finance", "Operations", "Match invoices to purchase orders",
          "Base", "Cautious", "Page 1 of ", "No O*NET release is loaded");

      String own = text(ReportBeans.as(jpa, SubstitutionReportsTest.FIN_EDITOR, r -> board(r, base)));
      assertThat(own).contains("Departments Finance", "Accounts clerk").doesNotContain("Operations", "Delivery driver");

      CallerScope nobody = new CallerScope("vera", Set.of(CallerScope.VIEWER), Set.of());
      assertThat(text(ReportBeans.as(jpa, nobody, r -> board(r, base))))
          .contains("0 departments, 0 roles, 0 tasks", "Page 1 of ").doesNotContain("Finance");
    }
  }

  private static byte[] board(SubstitutionReportsBean reports, long scenario) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.board(scenario, Locale.US, out);
    return out.toByteArray();
  }

  /** Share, FTE and cost as the report prints them in US English: 2.8% 0.1 7,000. */
  private static String figures(SubstitutionReport.Share figure) {
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    NumberFormat fte = NumberFormat.getNumberInstance(Locale.US);
    fte.setMinimumFractionDigits(1);
    fte.setMaximumFractionDigits(1);
    return percent.format(figure.share()) + " " + fte.format(figure.fte()) + " "
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
