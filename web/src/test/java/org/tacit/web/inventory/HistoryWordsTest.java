package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12.5 % of the time (estimated) · tacit_context 4 (estimated) · task_length_hours 0.5 | 12,5 % der Zeit (geschätzt) · Kontext 4 (geschätzt) · Stunden 0,5
          time share not given · novelty 3                     | Zeitanteil nicht angegeben · Neuheit 3
          Treasury analyst · code FIN-7 · 2.5 FTE · 84000 per FTE · O*NET 13-2011.00 | Treasury analyst · Code FIN-7 · 2,5 VZÄ · 84.000 je VZÄ · O*NET 13-2011.00
          estimated: tacit_context 4 · novelty 3               | geschätzt: Kontext 4 · Neuheit 3
          confirmed as they were                               | bestätigt, wie sie waren
          every estimate of the role                           | alle Schätzungen der Rolle
          7 estimated answers in 3 of 4 tasks                  | 7 geschätzte Antworten in 3 von 4 Aufgaben
          “Pay the invoices” · 100 % of the time               | “Pay the invoices” · 100 % der Zeit
          Reconcile 3 accounts a day                           | Reconcile 3 accounts a day
          """)
  void aStoredLineIsSaidAgainInGermanWhereItsGrammarIsKnown(String stored, String german) {
    assertThat(HistoryWords.said(stored, Locale.GERMAN)).isEqualTo(german);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12.5 % of the time (estimated) · tacit_context 4 (estimated) | 12.5 % of the time (estimated) · Context 4 (estimated)
          1 estimated answers in 1 of 1 tasks                          | 1 estimated answer in 1 of 1 task
          Reconcile 3 accounts a day                                   | Reconcile 3 accounts a day
          """)
  void anEnglishReaderReadsTheLineAsStoredWithTheGridsNames(String stored, String english) {
    assertThat(HistoryWords.said(stored, Locale.ENGLISH)).isEqualTo(english);
  }
}
