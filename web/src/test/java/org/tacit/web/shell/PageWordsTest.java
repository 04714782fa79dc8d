package org.tacit.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageWordsTest {

  @Test
  void anAmountCarriesItsCurrencyAsTheReadersLocaleWritesMoney() {
    assertThat(PageWords.money(84000, Locale.ENGLISH, "EUR")).isEqualTo("€84,000");
    assertThat(PageWords.money(84000, Locale.GERMAN, "EUR")).isEqualTo("84.000\u00a0€");
    assertThat(PageWords.money(84000.4, Locale.US, "USD")).isEqualTo("$84,000");
  }
}
