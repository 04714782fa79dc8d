package org.tacit.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryReleaseTest {

  @Test
  void theAttributionIsTheLineOnetsLicenceAsksFor() {
    assertThat(LibraryRelease.attributionOf("O*NET 27.0")).isEqualTo("This product includes information from the"
        + " O*NET 27.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA),"
        + " used under the CC BY 4.0 licence.");
  }
}
