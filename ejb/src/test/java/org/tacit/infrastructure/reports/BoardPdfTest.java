package org.tacit.infrastructure.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
      assertThat(summary).contains("Realistic substitution 3,5 % 2,8 340.740 12,3 % 1.234,6 1.218.765");
      assertThat(summary).contains("Naive exposure 43,2 % 34,7 4.267.654 43,2 % 34,7 4.267.654");
      assertThat(text(pdf, 1, 1)).contains("26. November 2026");
    }
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      assertThat(text(pdf, 2, 2)).contains("Realistic substitution 3.5% 2.8 340,740 12.3% 1,234.6 1,218,765");
      assertThat(text(pdf, 1, 1)).contains("November 26, 2026");
    }
  }

  @Test
  void theEconomyPageSetsTheOrganisationBesideTheEconomyAndThePublishedEstimates() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.US))) {
      String page = text(pdf, 3, 3);
      assertThat(page).contains("Against the US economy and published estimates")
          .contains("Naive exposure, 2026 43.2% 62.5%")
          .contains("Realistic substitution, 2030 12.3% n/a*")
          .contains("O*NET gives no task lengths.")
          .containsPattern("47\\.0%\\s+Frey and Osborne 2013\\.")
          .containsPattern("0\\.18\\s+Microsoft AI applicability")
          .contains("Tomlinson et al., Working with AI, 2025.");
    }
  }

  @Test
  void namesInCyrillicAndChineseComeBackFromTheText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(SampleBoard.withRoles(40), Locale.UK))) {
      String all = text(pdf, 1, pdf.getNumberOfPages());
      assertThat(all).contains(SampleBoard.CYRILLIC_DEPARTMENT).contains(SampleBoard.CHINESE_ROLE).contains("客户服务部");
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
      assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
      assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));
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
          assertThat(text).contains("Role Department Hours FTE Naive Technical Realistic Realistic FTE");
        }
      }
      assertThat(roleTablePages).isEqualTo(2);
      assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
    }
  }

  /** Renders into target/ as well, to look at: {@code pdftoppm -png -r 60 target/board-sample.pdf}. */
  private static byte[] render(BoardReport report, Locale locale) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BoardPdf.write(report, locale, bytes);
    Path sample = Path.of("target", "board-sample-" + locale.toLanguageTag() + "-" + report.roles().size() + ".pdf");
    Files.createDirectories(sample.getParent());
    try (OutputStream out = Files.newOutputStream(sample)) {
      bytes.writeTo(out);
    }
    return bytes.toByteArray();
  }

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    stripper.setSortByPosition(true);
    return stripper.getText(pdf).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]*\\R[ \\t]*", " ");
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
