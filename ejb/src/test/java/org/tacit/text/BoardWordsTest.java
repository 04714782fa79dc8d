package org.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The board PDF's words ({@code board.*}) are complete in English and German and are valid ICU
 * patterns.
 */
class BoardWordsTest {

  @Test
  void everyBoardSentenceHasItsGermanAndNoGermanSentenceLacksItsEnglish() throws IOException {
    Set<String> english = boardKeys("messages.properties");
    Set<String> german = boardKeys("messages_de.properties");
    assertThat(english).isNotEmpty();
    assertThat(german).containsExactlyInAnyOrderElementsOf(english);
  }

  @Test
  void everyBoardSentenceIsAPatternThatFillsInEitherLanguage() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_de.properties"}) {
      Properties words = load(file);
      for (String key : boardKeys(file)) {
        Object[] arguments = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertThat(new MessageFormat(words.getProperty(key), Locale.ENGLISH).format(arguments))
            .as(file + " " + key)
            .doesNotContain("{")
            .doesNotContain("}");
      }
    }
  }

  @Test
  void aCountChoosesItsPluralInEitherLanguage() {
    assertThat(Words.in(Locale.ENGLISH).text("board.cover.countedValue", 1, 2, 1))
        .isEqualTo("1 department, 2 roles, 1 task");
    assertThat(Words.in(Locale.GERMAN).text("board.cover.countedValue", 2, 1, 1_200))
        .isEqualTo("2 Abteilungen, 1 Rolle, 1.200 Aufgaben");
  }

  private static Set<String> boardKeys(String file) throws IOException {
    Set<String> keys = new TreeSet<>();
    load(file).stringPropertyNames().stream()
        .filter(k -> k.startsWith("board."))
        .forEach(keys::add);
    return keys;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BoardWordsTest.class.getResourceAsStream(file)) {
      properties.load(in);
    }
    return properties;
  }
}
