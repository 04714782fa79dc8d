package org.tacit.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keycloak's sign-in pages wear the portal's look (keycloak/themes/tacit): both realms ask for the
 * theme, the theme builds on Keycloak's own, speaks English and German, and fetches nothing from
 * another origin. LoginPageIT shows the page in a browser.
 */
class LoginThemeTest {

  private static final Path THEME = Path.of("keycloak/themes/tacit/login");

  /** An address with a scheme or a protocol-relative one: what would leave Keycloak's origin. */
  private static final Pattern ELSEWHERE =
      Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|@import|@font-face");

  @ParameterizedTest
  @ValueSource(strings = {"keycloak/tacit-realm.json", "keycloak/tacit-realm-production.json"})
  void bothRealmsShowTheTacitSignInInEnglishAndGerman(String file) throws IOException {
    var realm = new ObjectMapper().readTree(Path.of(file).toFile());

    assertThat(realm.path("loginTheme").asText()).isEqualTo("tacit");
    assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
    assertThat(realm.path("supportedLocales").toString()).contains("\"en\"", "\"de\"");
    assertThat(realm.path("defaultLocale").asText()).isEqualTo("en");
  }

  @Test
  void theThemeBuildsOnKeycloaksOwnLoginThemeAndAddsTheStylesheet() throws IOException {
    Properties theme = properties(THEME.resolve("theme.properties"));

    assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
    assertThat(theme.getProperty("styles").split(" ")).endsWith("css/tacit.css");
    assertThat(THEME.resolve("resources/css/tacit.css")).isRegularFile();
    assertThat(THEME.resolve("resources/img/favicon.ico")).isRegularFile();
  }

  @Test
  void theThemeSaysTheSameInEnglishAndGerman() throws IOException {
    Properties english = properties(THEME.resolve("messages/messages_en.properties"));
    Properties german = properties(THEME.resolve("messages/messages_de.properties"));

    assertThat(german.keySet()).isEqualTo(english.keySet());
    assertThat(english.getProperty("loginTitleHtml")).isEqualTo("Tacit");
    assertThat(german.getProperty("loginTitleHtml")).isEqualTo("Tacit");
  }

  @Test
  void theThemeFetchesNothingFromAnotherOrigin() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.walk(THEME)) {
      texts = files.filter(f -> f.toString().matches(".*\\.(css|ftl|properties)")).toList();
    }

    assertThat(texts).isNotEmpty();
    for (Path text : texts) {
      assertThat(Files.readString(text))
          .as("%s names no other server, web font or imported stylesheet", text)
          .doesNotContainPattern(ELSEWHERE);
    }
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
