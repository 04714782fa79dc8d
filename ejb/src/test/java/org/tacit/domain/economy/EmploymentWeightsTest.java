package org.tacit.domain.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.domain.economy.EmploymentWeights.Weight;
import org.tacit.infrastructure.reference.SocTables;

public class EmploymentWeightsTest {

  public static SocTable employment(String rows) {
    try {
      return SocTables.read(
          "test employment",
          new StringReader("soc_2018,title,total_employment\n" + rows),
          "soc_2018",
          "total_employment");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void occupationsSharingASocCodeSplitItsEmploymentEqually() {
    EmploymentWeights weights =
        EmploymentWeights.of(
            List.of("11-1011.03", "11-1011.00", "43-3031.00"),
            employment("11-1011,Chief Executives,300\n43-3031,Bookkeeping clerks,1000\n"));

    assertThat(weights.weights().values())
        .containsExactly(
            new Weight("11-1011.00", "11-1011", 150),
            new Weight("11-1011.03", "11-1011", 150),
            new Weight("43-3031.00", "43-3031", 1000));
    assertThat(weights.employmentCounted()).isEqualTo(1300);
  }

  @Test
  void aCodeBlsReportsOnlyWithinItsBroadGroupTakesTheGroupsEmployment() {
    EmploymentWeights weights =
        EmploymentWeights.of(
            List.of("13-1021.00", "13-1022.00", "13-1023.00"),
            employment("13-1020,Buyers and Purchasing Agents,600\n"));

    assertThat(weights.weights().values()).extracting(Weight::soc).containsOnly("13-1020");
    assertThat(weights.weights().values()).extracting(Weight::employment).containsOnly(200.0);
  }

  @Test
  void anOccupationWithoutEmploymentIsLeftOutAndEmploymentNoOccupationTakesIsNotCounted() {
    EmploymentWeights weights =
        EmploymentWeights.of(
            List.of("43-3031.00", "99-9999.00"),
            employment("43-3031,Bookkeeping clerks,1000\n11-1011,Chief Executives,300\n"));

    assertThat(weights.weights()).containsOnlyKeys("43-3031.00");
    assertThat(weights.withoutEmployment()).containsExactly("99-9999.00");
    assertThat(weights.employment()).isEqualTo(1300);
    assertThat(weights.employmentCounted()).isEqualTo(1000);
  }
}
