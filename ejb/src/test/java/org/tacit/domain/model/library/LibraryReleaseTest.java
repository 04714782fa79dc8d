package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryReleaseTest {

  @Test
  void theAttributionIsTheLineOnetsLicenceAsksFor() {
    assertThat(LibraryRelease.attributionOf("O*NET 27.0"))
        .isEqualTo(
            "This product includes information from the O*NET 27.0 Database by the U.S. Department"
                + " of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC"
                + " BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Tacit has modified all or"
                + " some of this information. USDOL/ETA has not approved, endorsed, or tested these"
                + " modifications.");
  }
}
