package org.tacit.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request times are counted under the portal's real pages, and nothing else can add a name. */
class PageNamesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** The webapp folder listed as the servlet context lists it. */
  private static Set<String> children(String folder) {
    Path dir = WEBAPP.resolve(folder.substring(1));
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .map(e -> folder + e.getFileName() + (Files.isDirectory(e) ? "/" : ""))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final PageNames names = PageNames.found(PageNamesTest::children);

  @Test
  void everyPageOfThePortalIsCountedUnderItsOwnName() {
    assertThat(names.pages())
        .contains("index", "reports/index", "inventory/role", "assessment/run", "admin/index");
    assertThat(names.of("/app/reports/index.xhtml", null)).isEqualTo("reports/index");
    assertThat(names.of("/app/inventory/role.xhtml", null)).isEqualTo("inventory/role");
    assertThat(names.of("/app/reports/", null)).isEqualTo("reports/index");
    assertThat(names.of("/app/", null)).isEqualTo("index");
  }

  @Test
  void theApiAndTheStaticFilesAreEachCountedTogether() {
    assertThat(names.of("/api", "/v1/reports/substitution")).isEqualTo("api");
    assertThat(names.of("/jakarta.faces.resource/theme.css.xhtml", null)).isEqualTo("resources");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/app/no-such-page.xhtml",
        "/app/../index.xhtml",
        "/app/reports/index.xhtml;jsessionid=1",
        "/app/<script>alert(1)</script>.xhtml",
        "/wp-login.php",
        "/app/nowhere/"
      })
  void madeUpAddressesAreAllCountedAsOther(String path) {
    assertThat(names.of(path, null)).isEqualTo("other");
  }
}
