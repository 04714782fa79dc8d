package org.tacit.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.reports.SubstitutionReport.Sensitivity;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Coverage;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.web.reports.ReportSentences.Parts;

class ReportSentencesTest {

  private final ReportSentences sentences = new ReportSentences();

  @Test
  void theFigureSetApartStandsWhereEachLanguagePutsIt() {
    Sensitivity sensitivity = new Sensitivity(2035, 0.283, List.of());

    Parts english = sentences.sensitivity(sensitivity, "Base", Locale.ENGLISH);
    Parts german = sentences.sensitivity(sensitivity, "Basis", Locale.GERMAN);

    assertThat(english.before())
        .isEqualTo("Realistic substitution of the departments you may read in 2035 is ");
    assertThat(english.figure()).isEqualTo("28.3%");
    assertThat(english.after()).isEqualTo(" under \u201cBase\u201d.");
    assertThat(german.before()).endsWith("liegt 2035 unter \u201eBasis\u201c bei ");
    assertThat(german.figure()).isEqualTo("28,3\u00a0%");
    assertThat(german.after()).isEqualTo(".");
  }

  @Test
  void theHeadcountSentenceWritesFteAndSharesAsTheReaderDoes() {
    YearFigures now =
        new YearFigures(
            2026,
            1000.0,
            23.5,
            null,
            share(0.4),
            share(0.1),
            share(0.05),
            new Coverage(10, 0, 0, 0.0, 0.0, 0.0, 0.086, 0.9),
            null);

    assertThat(sentences.ofFte(now, "Finanzen", Locale.GERMAN))
        .isEqualTo("Von 23,5 VZÄ in Finanzen.");
    assertThat(sentences.restsOnEstimates(now, Locale.ENGLISH))
        .isEqualTo("8.6% of the hours rest on at least one unconfirmed estimate.");
    assertThat(sentences.restsOnEstimates(now, Locale.GERMAN)).startsWith("8,6\u00a0% der Stunden");
  }

  private static Share share(double share) {
    return new Share(share, share * 1000, share, null);
  }
}
