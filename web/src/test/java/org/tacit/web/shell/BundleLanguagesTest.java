package org.tacit.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from the bundle, in both languages: a key one language lacks, a
 * placeholder one language drops, or a key a page or a view bean asks for that neither has fails
 * here, before a reader sees {@code ???key???}.
 */
class BundleLanguagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+|[A-Za-z]\\w*)\\s*[,}]");
  private static final Pattern PAGE_KEY =
      Pattern.compile("msg\\['([^']+)'\\]|words\\.text\\('([^']+)'");

  /**
   * A string literal that reads like a key (not a file name) and is not the start of one built by
   * concatenation; a literal whose first part is no key prefix of the bundle is not a key either.
   */
  private static final Pattern CODE_KEY =
      Pattern.compile("\"([a-z]\\w*(?:\\.\\w+)*\\.(?!csv\"|xlsx\"|pdf\"|zip\")\\w+)\"(?!\\s*\\+)");

  private static final Path BUNDLE = Path.of("../ejb/src/main/resources/org/tacit/text");

  private final Properties english = bundle("messages.properties");
  private final Properties german = bundle("messages_de.properties");

  @Test
  void everyKeyIsInBothLanguages() {
    assertThat(german.stringPropertyNames())
        .as("keys German lacks")
        .containsAll(english.stringPropertyNames());
    assertThat(english.stringPropertyNames())
        .as("keys only German has")
        .containsAll(german.stringPropertyNames());
  }

  @Test
  void everySentenceKeepsItsPlaceholdersInBothLanguages() {
    TreeMap<String, String> differing = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      if (german.containsKey(key)
          && !placeholders(english.getProperty(key))
              .equals(placeholders(german.getProperty(key)))) {
        differing.put(key, english.getProperty(key) + "  <>  " + german.getProperty(key));
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void everyKeyAPageAsksForExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      pages
          .filter(page -> page.toString().endsWith(".xhtml"))
          .forEach(
              page -> {
                Matcher key = PAGE_KEY.matcher(read(page));
                while (key.find()) {
                  String name = key.group(1) != null ? key.group(1) : key.group(2);
                  if (!english.containsKey(name)) {
                    missing.add(page.getFileName() + ": " + name);
                  }
                }
              });
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyAViewBeanAsksForExists() throws IOException {
    Set<String> prefixes = new TreeSet<>();
    english
        .stringPropertyNames()
        .forEach(
            key ->
                prefixes.add(
                    key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      sources
          .filter(source -> source.toString().endsWith(".java"))
          .forEach(
              source -> {
                Matcher key = CODE_KEY.matcher(read(source));
                while (key.find()) {
                  if (prefixes.contains(key.group(1).substring(0, key.group(1).indexOf('.')))
                      && !english.containsKey(key.group(1))) {
                    missing.add(source.getFileName() + ": " + key.group(1));
                  }
                }
              });
    }
    assertThat(missing).isEmpty();
  }

  private static Set<String> placeholders(String sentence) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(sentence);
    while (placeholder.find()) {
      found.add(placeholder.group(1));
    }
    return found;
  }

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    // read from the ejb module's sources, not the ejb jar in the local repository, which may be
    // older
    try (InputStream in = Files.newInputStream(BUNDLE.resolve(name))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
