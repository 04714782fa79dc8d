package org.tacit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aLanguageTheBundleLacksReadsEnglishNotTheServersOwnLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(Words.in(new Locale("fi")).text("shell.signOut")).isEqualTo("Sign out");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aSentenceIsFilledWithTheReadersNumbers() {
    assertThat(Words.in(Locale.ENGLISH).text("home.welcome", "Sam")).isEqualTo("Welcome, Sam");
  }

  @Test
  void aKeyTheBundleDoesNotHaveIsAnErrorOrTheGivenWords() {
    Words words = Words.in(Locale.ENGLISH);
    assertThatThrownBy(() -> words.text("no.such.key"))
        .isInstanceOf(MissingResourceException.class);
    assertThat(words.textOr("no.such.key", "tacit_context")).isEqualTo("tacit_context");
    assertThat(words.has("shell.signOut")).isTrue();
  }
}
