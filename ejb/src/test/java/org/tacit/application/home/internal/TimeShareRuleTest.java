package org.tacit.application.home.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.application.home.AgendaItems.ShareGap;

class TimeShareRuleTest {

  @Test
  void sharesWithinAPointOf100AddUpAndSoDoesARoleThatGivesNone() {
    assertThat(TimeShareRule.addsUp(new BigDecimal("100"))).isTrue();
    assertThat(TimeShareRule.addsUp(new BigDecimal("99.00"))).isTrue();
    assertThat(TimeShareRule.addsUp(new BigDecimal("101.00"))).isTrue();
    assertThat(TimeShareRule.addsUp(null)).isTrue();
    assertThat(TimeShareRule.addsUp(new BigDecimal("98.99"))).isFalse();
    assertThat(TimeShareRule.addsUp(new BigDecimal("101.01"))).isFalse();
    assertThat(TimeShareRule.addsUp(new BigDecimal("112.5"))).isFalse();
  }

  @Test
  void theRolesThatDoNotAddUpComeFurthestOffFirst() {
    List<ShareGap> gaps =
        TimeShareRule.gaps(
            List.of(
                row(1, "Accountant", "112.5"),
                row(2, "Clerk", "100.5"),
                row(3, "Buyer", "60"),
                row(4, "Analyst", "90"),
                row(5, "Auditor", "112.5")));

    assertThat(gaps)
        .extracting(ShareGap::roleTitle)
        .containsExactly("Buyer", "Accountant", "Auditor", "Analyst");
    assertThat(gaps.get(0).total()).isEqualByComparingTo("60");
    assertThat(gaps.get(0).departmentCode()).isEqualTo("FIN");
  }

  private static Object[] row(long id, String title, String total) {
    return new Object[] {id, title, "FIN", new BigDecimal(total)};
  }
}
