package org.tacit.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecurityLogTest {

  @RegisterExtension final SecurityEvents events = new SecurityEvents();

  @AfterEach
  void leave() {
    SecurityLog.leaveRequest();
  }

  @Test
  void aLineSaysWhoWhatWhichOutcomeFromWhereAndWhen() {
    String line =
        SecurityLog.line(
            "hedda",
            "import",
            "department FIN",
            SecurityLog.Outcome.REFUSED,
            "row 3",
            "10.0.0.7",
            Instant.parse("2026-12-06T10:15:30.123456Z"));

    assertThat(line)
        .isEqualTo(
            "time=2026-12-06T10:15:30.123Z user=\"hedda\" action=\"import\" object=\"department"
                + " FIN\" outcome=refused client=\"10.0.0.7\" detail=\"row 3\"");
  }

  @Test
  void userTextCannotForgeASecondLine() {
    String line =
        SecurityLog.line(
            "x",
            "import",
            "file \"a.csv\"\nuser=ada outcome=success\u2028",
            SecurityLog.Outcome.SUCCESS,
            null,
            "-",
            Instant.EPOCH);

    assertThat(line)
        .doesNotContain("\n")
        .doesNotContain("\u2028")
        .contains("object=\"file \\\"a.csv\\\"?user=ada outcome=success?\"");
  }

  @Test
  void eventsCarryTheClientAddressOfTheRequestThisThreadServes() {
    SecurityLog.enterRequest("192.0.2.4");

    SecurityLog.refused("vic", "api", "GET /api/v1/departments/FIN", "may not read FIN");

    assertThat(events.lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains("user=\"vic\"", "outcome=refused", "client=\"192.0.2.4\""));
  }

  @Test
  void veryLongValuesAreCut() {
    String line =
        SecurityLog.line(
            "u", "a", "x".repeat(5000), SecurityLog.Outcome.SUCCESS, null, "-", Instant.EPOCH);

    assertThat(line.length()).isLessThan(400);
  }
}
