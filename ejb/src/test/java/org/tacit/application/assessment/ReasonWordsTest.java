package org.tacit.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacit.domain.scoring.Rule;
import org.tacit.domain.scoring.Rules;
import org.tacit.text.Words;

class ReasonWordsTest {

  private static final Words ENGLISH = Words.in(Locale.ENGLISH);
  private static final Words GERMAN = Words.in(Locale.GERMAN);

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_de.properties"})
  void everyRuleHasItsReasonInTheBundle(String file) throws IOException {
    Properties bundle = bundle(file);
    for (Rule rule : Rules.all()) {
      assertThat(bundle.getProperty(ReasonWords.key(rule.id()))).as(rule.id()).isNotBlank();
    }
  }

  @Test
  void theEnglishBundleWordsEveryReasonAsTheDomainDoes() {
    for (Rule rule : Rules.all()) {
      double[] answers =
          rule.fact().isLevel()
              ? new double[] {1, 2, 3, 4, 5}
              : new double[] {0.05, 0.25, 1, 1.5, 2, 40};
      for (double answer : answers) {
        assertThat(ReasonWords.of(rule.id(), answer, ENGLISH))
            .as(rule.id() + " " + answer)
            .isEqualTo(rule.reason(answer));
      }
    }
  }

  @Test
  void aGermanReaderReadsTheReasonInGermanWithItsLevel() {
    assertThat(ReasonWords.of("LEARN-TACIT", 4, GERMAN))
        .isEqualTo("hängt von ungeschriebenem Kontext ab (4/5)");
    assertThat(ReasonWords.of("LEARN-PROFICIENCY", 3, GERMAN))
        .isEqualTo("eine fähige neue Kraft erreicht volle Könnerschaft in 1–6 Monaten (3/5)");
  }

  @Test
  void aGermanReaderReadsTheHoursWithADecimalCommaAgainstTheHorizon() {
    assertThat(ReasonWords.of("AUTO-LENGTH", 0.5, GERMAN))
        .isEqualTo("dauert 0,5 h, innerhalb des 1-h-Aufgabenhorizonts der KI");
    assertThat(ReasonWords.of("AUTO-LENGTH", 2, GERMAN))
        .isEqualTo("dauert 2 h, jenseits des 1-h-Aufgabenhorizonts der KI");
  }

  @Test
  void aScoreReasonKeepsItsEnglishTextAndIsWordedForItsReader() {
    ScoreReason reason =
        new ScoreReason("LEARN-TACIT", "L", 4, "depends on unwritten context (4/5)", 18.75, false);
    assertThat(reason.in(ENGLISH)).isEqualTo(reason.text());
    assertThat(reason.in(Words.in(Locale.forLanguageTag("de-DE"))))
        .isEqualTo("hängt von ungeschriebenem Kontext ab (4/5)");
  }

  private static Properties bundle(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
