package org.tacit.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionLifetimeTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-12-06T08:00:00Z");

  @ParameterizedTest(name = "{0} after sign-in with a {1} h limit: outlived = {2}")
  @CsvSource({
    "PT1M, 10, false",
    "PT9H59M59S, 10, false",
    "PT10H, 10, true",
    "PT30H, 10, true",
    "PT1H, 1, true"
  })
  void aSessionEndsAtItsAbsoluteLifetimeHoweverBusy(
      Duration since, long maxHours, boolean outlived) {
    assertThat(
            SessionLifetime.outlived(SIGNED_IN, Duration.ofHours(maxHours), SIGNED_IN.plus(since)))
        .isEqualTo(outlived);
  }

  @org.junit.jupiter.api.Test
  void aSessionWithoutSignInHasNoLifetimeToOutlive() {
    assertThat(SessionLifetime.outlived(null, Duration.ofHours(1), SIGNED_IN)).isFalse();
  }
}
