package org.tacit.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpooledSharedStringsTest {

  private static final String SST =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  @Test
  void textsAreReadBackByIndexWithRunsJoinedAndPhoneticGuidesLeftOut() throws Exception {
    String xml =
        SST
            + "<si><t>Finance</t></si>"
            + "<si><r><t>Book </t></r><r><rPr><b/></rPr><t>invoices</t></r></si>"
            + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
            + "<si><t/></si></sst>";

    try (SpooledSharedStrings strings =
        SpooledSharedStrings.read(stream(xml), XlsxLimits.defaults())) {
      assertThat(strings.getCount()).isEqualTo(4);
      assertThat(Stream.of(0, 1, 2, 3).map(i -> strings.getItemAt(i).getString()))
          .containsExactly("Finance", "Book invoices", "東京", "");
    }
  }

  @Test
  void theSpoolFileIsDeletedWhenClosedAndTheHeapKeepsOnlyOffsets() throws Exception {
    StringBuilder xml = new StringBuilder(SST);
    for (int i = 0; i < 5_000; i++) {
      xml.append("<si><t>Task number ").append(i).append("</t></si>");
    }
    List<Path> before = spools();

    SpooledSharedStrings strings =
        SpooledSharedStrings.read(stream(xml + "</sst>"), XlsxLimits.defaults());
    List<Path> during = spools();
    assertThat(strings.getItemAt(4_321).getString()).isEqualTo("Task number 4321");
    strings.close();

    assertThat(during).hasSize(before.size() + 1);
    assertThat(spools()).hasSameSizeAs(before);
  }

  @Test
  void aRefusedPartLeavesNoSpoolBehind() throws IOException {
    List<Path> before = spools();
    XlsxLimits limits = new XlsxLimits(1_000, 1_000_000, 2, 1_000_000, 100);

    assertThatThrownBy(
            () ->
                SpooledSharedStrings.read(
                    stream(SST + "<si><t>a</t></si><si><t>b</t></si>" + "<si><t>c</t></si></sst>"),
                    limits))
        .isInstanceOfSatisfying(
            XlsxRefusal.class,
            e -> assertThat(e.problem()).isEqualTo(limits.tooManySharedStrings()));
    assertThat(spools()).hasSameSizeAs(before);
  }

  private static List<Path> spools() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("tacit-xlsx-strings-"))
          .toList();
    }
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(UTF_8));
  }
}
