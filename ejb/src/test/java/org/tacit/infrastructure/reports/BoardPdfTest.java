package org.tacit.infrastructure.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tacit.domain.report.BoardReport;

class BoardPdfTest {

  @Test
  void everyPageSaysWhichOfHowManyItIs() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.UK))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      for (int page = 1; page <= pages; page++) {
        assertThat(text(pdf, page, page)).contains("Page " + page + " of " + pages);
      }
    }
  }

  @Test
  void headlineFiguresAreWrittenAsTheReaderWritesNumbers() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.GERMANY))) {
      String summary = text(pdf, 2, 2);
      // realistic substitution in the last year: 12.34 % of the hours, 1,234.56 FTE, cost 1,218,765
      assertThat(summary)
          .contains("Realistische Substitution 3,5 % 2,8 340.740 12 % 1.234,6 1.218.765");
      assertThat(summary).contains("Naive Exposition 43 % 34,7 4.267.654 43 % 34,7 4.267.654");
      assertThat(text(pdf, 1, 1)).contains("26. November 2026");
    }
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      assertThat(text(pdf, 2, 2))
          .contains("Realistic substitution 3.5% 2.8 340,740 12% 1,234.6 1,218,765");
      assertThat(text(pdf, 1, 1)).contains("November 26, 2026");
    }
  }

  @Test
  void aGermanReaderGetsTheBoardInGermanAndAnEnglishReaderInEnglish() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.GERMANY))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(squashed(text(pdf, 1, 1)))
          .contains(
              squashed("Bericht für die Geschäftsleitung · Szenario Base Umfang"),
              squashed("Gezählt 4 Abteilungen, 40 Rollen, 200 Aufgaben"),
              squashed("Regelwerk Version 3, veröffentlicht am"),
              squashed("Seite 1 von " + pdf.getNumberOfPages()));
      assertThat(all)
          .contains(
              "Zusammenfassung",
              "Was die Kennzahlen verändern würde",
              "Wie sicher ist die Kernzahl?",
              "Realistische Substitution nach Jahr",
              "Stunden nach Aufgabenklasse je Abteilung",
              "Die Annahmen des Szenarios",
              "Anhang: Methode",
              "Abteilung",
              "Rolle",
              "Aufgabe")
          .doesNotContain(
              "Executive summary", "How sure is the headline?", "Page 1 of", "Appendix: method");
      assertThat(squashed(all))
          .contains(
              squashed(
                  "6 Aufgaben der Rolle Accountant (Finance) haben keine Dauer: 1.480"
                      + " Stunden im Jahr warten darauf."),
              squashed("1 Aufgabe der Rolle Role 3 (Operations) hat geschätzte Antworten"));
    }
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.UK))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all)
          .contains(
              "Executive summary", "How sure is the headline?", "Appendix: method", "Page 1 of")
          .doesNotContain("Zusammenfassung", "Seite 1 von");
    }
  }

  @Test
  void aLanguageTheBundleLacksGetsTheBoardInEnglish() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(3), Locale.JAPAN))) {
      assertThat(text(pdf, 2, 2)).contains("Executive summary");
    }
  }

  @Test
  void theEconomyPageSetsAllThreeFiguresBesideTheEconomyWithTheirCoverageAndThePublishedEstimates()
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      String page = page(pdf, "Against the US economy and published estimates");
      assertThat(squashed(page))
          .contains(squashed("Naive exposure, 2026 43% 63%"))
          .contains(squashed("Technically substitutable, 2030 35% 8.1%"))
          .contains(squashed("Realistic substitution, 2030 12% 3.2%"))
          .contains(squashed("Coverage: hours resting on unconfirmed estimates 35% 100%"))
          .contains(squashed("Coverage: hours ready for AI of unknown length 5.7% 4.1%"))
          .contains(squashed("The occupations counted carry 97% of US employment."))
          .contains(squashed("Tomlinson et al., Working with AI, 2025."));
      assertThat(page)
          .doesNotContain("n/a")
          .containsPattern("47%\\s+Frey and Osborne 2013\\.")
          .containsPattern("0\\.18\\s+Microsoft AI applicability");
    }
  }

  @Test
  void theWhyTableSplitsTheHoursThatAreNotRealisticByWhatHoldsThemBackAndAddsUpToAllHours()
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      String summary = text(pdf, 2, 2);
      assertThat(squashed(summary))
          .contains(squashed("Why this number: what holds back the other 88% of the hours in 2030"))
          .contains(
              squashed(
                  "Not ready for AI (low automation readiness, or too few answers to score) 70,111"
                      + " 40.8 57%"))
          .contains(
              squashed(
                  "Ready, but need learning on the job, which AI does not do yet 10,679 6.2 8.6%"))
          .contains(
              squashed(
                  "Ready, but longer than the AI horizon at the reliability their error cost needs"
                      + " 4,000 2.3 3.2%"))
          .contains(squashed("Ready, but nobody has said how long they take 6,000 3.5 4.9%"))
          .contains(
              squashed(
                  "Substitutable, not yet in use (adoption) or too scattered to remove (capture)"
                      + " 17,432 10.1 14%"))
          .contains(squashed("Realistic substitution 15,235 1,234.6 12%"))
          .contains(squashed("All hours in scope 123,457 80.2 100%"));
      double held =
          SampleBoard.HELD.reasons().stream().mapToDouble(BoardReport.Amount::hours).sum();
      assertThat(held + 15_234.6)
          .as("held back and realistic add up to all hours")
          .isCloseTo(123_456.7, within(0.01));
      assertThat(squashed(text(pdf, 1, pdf.getNumberOfPages())))
          .contains(squashed("Finance 10% 60% 10% 10% 5% 5%"))
          .contains(
              squashed("财务分析师 Бухгалтерия 3,440 2.0 100% 100% 50% 1.0 length 30%, no length 20%"))
          .contains(
              squashed("Role 1 Бухгалтерия 3,440 2.0 50% 25% 13% 0.2 not ready 50%, learning 25%"));
    }
  }

  @Test
  void everyHeadlineFigureShowsItsRangeAcrossThePresets() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      assertThat(squashed(text(pdf, 1, 1)))
          .contains(
              squashed("realistic substitution 12% (1,234.6 FTE; 4.5%–31% across the presets)"))
          .contains(squashed("technically substitutable 35% (20%–50% across the presets)"));
      assertThat(squashed(text(pdf, 2, 2)))
          .contains(squashed("12% (4.5%–31% across the presets) of the 123,457 working hours"))
          .contains(
              squashed("Realistic substitution 3.5% 2.8 340,740 12% 1,234.6 1,218,765 4.5%–31%"))
          .contains(
              squashed("Technically substitutable 21% 16.9 2,083,000 35% 27.7 3,413,333 20%–50%"))
          .contains(squashed("Cautious gives the lowest, Fast the highest"));
    }
  }

  @Test
  void whatWouldChangeTheFiguresListsTheOpenAnswersInWordsAndPrintsHostileTextAsText()
      throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      String page = page(pdf, "What would change the figures");
      assertThat(squashed(page))
          .contains(
              squashed(
                  "1. 6 tasks of Accountant (Finance) have no length: 1,480 hours a year wait on"
                      + " them."))
          .contains(
              squashed(
                  "2. 3 tasks of "
                      + SampleBoard.CHINESE_ROLE
                      + " ("
                      + SampleBoard.CYRILLIC_DEPARTMENT
                      + ") have an"
                      + " estimated length nobody has confirmed"))
          .contains(
              squashed(
                  "3. 1 task of Role 3 (Operations) has estimated answers that say it needs"
                      + " learning on the job: 430 hours a year"))
          .contains(
              squashed(
                  "4. 2 tasks of <b>) Tj ET (Role (Finance) have too few answers to be scored: 120"
                      + " hours"))
          .contains(squashed("The task that would release most: %PDF-1.4 endobj"));
    }
  }

  @Test
  void theSensitivityPageDrawsEachAssumptionsEffectLargestFirstWithItsValues() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.GERMANY))) {
      int number = pageOf(pdf, "Wie sicher ist die Kernzahl?");
      String page = text(pdf, number, number);
      // the assumptions' names come with the report (in the reader's language); their values are
      // the PDF's words
      assertThat(squashed(page))
          .contains(squashed("(12,3 % unter dem Szenario Base, die senkrechte Linie)"))
          .contains(squashed("The AI horizon doubles every 12 Monate 5,0 % 4,5 Monate 21,0 %"))
          .contains(
              squashed("Share of the horizon that holds on real work 7,5 % 8,0 % 30 % 18,0 %"))
          .contains(squashed("Continual learning arrives nie 12,3 % 2030 16,0 %"))
          .contains(squashed("Years from capable to full use 8 Jahre 10,0 % 3 Jahre 14,0 %"))
          .contains(squashed("reicht im Jahr 2030 von 4,5 % (Cautious) bis 31 % (Fast)"));
      assertThat(page.indexOf("The AI horizon doubles every"))
          .isLessThan(page.indexOf("Years from capable"));
      // the chart is drawn as vector graphics (a form), its labels and legend as text
      assertThat(pdf.getPage(number - 1).getResources().getXObjectNames()).isNotEmpty();
      assertThat(squashed(page))
          .contains(
              squashed("Annahme auf ihrem vorsichtigen Wert"),
              squashed("The AI horizon doubles every 12 Monate | 4,5 Monate"));
    }
  }

  @Test
  void theMethodAppendixGivesTheHorizonsSourceAndTheRealWorkCheck() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      String page = page(pdf, "Appendix: method");
      assertThat(squashed(page))
          .contains(
              squashed(
                  "The horizon's default: METR time horizons: the trend fitted to 9 METR"
                      + " measurements"))
          .contains(
              squashed(
                  "Real-work check: the scenario's rule, applied to the Remote Labor Index, best"
                      + " agent (October 2025: work of about 11.5 hours, error cost 3), predicts"
                      + " 3.1% done to the client's standard, against 2.5% measured: within a"
                      + " factor of 2, so the check holds."));
    }
  }

  @Test
  void namesInCyrillicAndChineseComeBackFromTheText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.UK))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all)
          .contains(SampleBoard.CYRILLIC_DEPARTMENT)
          .contains(SampleBoard.CHINESE_ROLE)
          .contains("客户服务部");
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.UK))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      assertThat(fonts)
          .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
      assertThat(fonts)
          .anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));
    }
  }

  @Test
  void aThousandRolesRenderWithTheTableHeaderOnEveryPageTheyFill() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(1000), Locale.UK))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all).contains("Role 1 ").contains("Role 999 ");
      int roleTablePages = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        String text = text(pdf, page, page);
        if (text.contains("Role 500 ") || text.contains("Role 998 ")) {
          roleTablePages++;
          assertThat(text)
              .contains(
                  "Role Department Hours FTE Naive Technical Realistic Realistic Held back most"
                      + " by");
        }
      }
      assertThat(roleTablePages).isEqualTo(2);
      assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
    }
  }

  /**
   * Renders into target/ as well, to look at: {@code pdftoppm -png -r 60 target/board-sample.pdf}.
   */
  private static byte[] render(BoardReport report, Locale locale) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BoardPdf.write(report, locale, bytes);
    Path sample =
        Path.of(
            "target",
            "board-sample-" + locale.toLanguageTag() + "-" + report.roles().size() + ".pdf");
    Files.createDirectories(sample.getParent());
    try (OutputStream out = Files.newOutputStream(sample)) {
      bytes.writeTo(out);
    }
    return bytes.toByteArray();
  }

  /** The text without white space: PDFBox sets a space after a line's first letter now and then. */
  private static String squashed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** The text of the first page that says {@code heading}. */
  private static String page(PDDocument pdf, String heading) throws IOException {
    int page = pageOf(pdf, heading);
    return text(pdf, page, page);
  }

  private static int pageOf(PDDocument pdf, String heading) throws IOException {
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      if (text(pdf, page, page).contains(heading)) {
        return page;
      }
    }
    throw new AssertionError("No page says " + heading);
  }

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    stripper.setSortByPosition(true);
    return stripper
        .getText(pdf)
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ')
        .replaceAll("[ \\t]*\\R[ \\t]*", " ");
  }

  private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }
}
