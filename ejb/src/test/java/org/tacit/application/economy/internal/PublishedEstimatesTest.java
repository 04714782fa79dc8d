package org.tacit.application.economy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.application.economy.EconomyBenchmark.PublishedEstimate;
import org.tacit.domain.economy.EmploymentWeightsTest;
import org.tacit.domain.economy.PublishedEstimates;
import org.tacit.domain.economy.SocTable;
import org.tacit.infrastructure.reference.SocTables;
import org.tacit.text.Words;

class PublishedEstimatesTest {

  private static final SocTable EMPLOYMENT =
      EmploymentWeightsTest.employment(
          """
          11-1011,Chief Executives,100
          43-3031,Bookkeeping clerks,300
          53-3032,Truck drivers,600
          99-9999,Not scored,1000
          """);

  private static SocTable scores(String rows) throws IOException {
    return SocTables.read("scores", new StringReader("soc,score\n" + rows), "soc", "score");
  }

  @Test
  void theHighRiskShareIsTheEmploymentAboveTheThresholdOfTheEmploymentBothTablesCover()
      throws IOException {
    var share =
        PublishedEstimates.shareAbove(
            EMPLOYMENT, scores("11-1011,0.015\n43-3031,0.98\n53-3032,0.7\n"), 0.7);

    // clerks (300) above 0.7; drivers at exactly 0.7 are not; the unscored 1,000 are outside
    assertThat(share.value()).isCloseTo(300.0 / 1000, within(1e-12));
    assertThat(share.occupations()).isEqualTo(3);
    assertThat(share.employmentShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void theMeanScoreWeighsEachOccupationByItsEmployment() throws IOException {
    var mean = PublishedEstimates.weightedMean(EMPLOYMENT, scores("11-1011,0.2\n43-3031,0.4\n"));

    assertThat(mean.value()).isCloseTo((100 * 0.2 + 300 * 0.4) / 400, within(1e-12));
    assertThat(mean.employmentShare()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void onTheShippedTablesFreyAndOsbornesShareStaysNearTheir47PercentAndEveryEstimateIsCited() {
    List<PublishedEstimate> estimates =
        PublishedEstimates.beside(
                SocTables.employment(), SocTables.freyOsborne(), SocTables.microsoftApplicability())
            .stream()
            .map(e -> PublishedEstimate.of(e, Words.in(Locale.ENGLISH)))
            .toList();

    assertThat(estimates)
        .hasSize(5)
        .allSatisfy(
            e -> {
              assertThat(e.measures()).isNotBlank();
              assertThat(e.citation())
                  .as("authors, \"title\", year")
                  .matches(".+, \".+\", .*20\\d\\d.*");
            });
    PublishedEstimate recomputed = estimates.get(1);
    assertThat(recomputed.figure()).as("SOC-2010 matched to 2024 employment").isBetween(0.40, 0.55);
    assertThat(recomputed.basis()).contains("605 occupations").contains("74.1 %");
    PublishedEstimate microsoft = estimates.get(2);
    assertThat(microsoft.figure())
        .as("Microsoft's scores sit mostly between 0.05 and 0.4")
        .isBetween(0.1, 0.3);
    assertThat(microsoft.basis()).contains("784 occupations");
    assertThat(recomputed.in(Words.in(Locale.GERMAN)).basis())
        .as("a German reader reads how it was recomputed in German")
        .contains("605 Berufe")
        .contains("74,1 %");
  }
}
