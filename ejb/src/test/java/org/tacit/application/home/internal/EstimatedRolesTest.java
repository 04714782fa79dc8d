package org.tacit.application.home.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.application.home.AgendaFigures.EstimatedRole;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.scenarios.YearFigures;

class EstimatedRolesTest {

  @Test
  void rolesWithMoreThanHalfTheirHoursOnEstimatesComeMostHoursFirst() {
    List<EstimatedRole> roles =
        EstimatedRoles.of(
            List.of(
                role(1, "Clerk", 3440.0, 0.6),
                role(2, "Buyer", 1720.0, 1.0),
                role(3, "Lawyer", 8600.0, 0.5),
                role(4, "Driver", 17200.0, 0.2),
                role(5, "Nobody", null, 1.0),
                role(6, "Analyst", 6880.0, 0.75)));

    assertThat(roles)
        .extracting(EstimatedRole::roleTitle)
        .containsExactly("Analyst", "Clerk", "Buyer");
    assertThat(roles.get(0).hours()).isCloseTo(5160.0, within(1e-9));
    assertThat(roles.get(0).roleHours()).isCloseTo(6880.0, within(1e-9));
    assertThat(roles.get(0).roleId()).isEqualTo(6L);
  }

  private static GroupFigures role(long id, String title, Double hours, double estimated) {
    YearFigures.Coverage coverage =
        new YearFigures.Coverage(3, 0, 0, null, 0.0, 0.0, estimated, 0.5);
    YearFigures now = new YearFigures(2026, hours, null, null, null, null, null, coverage, null);
    return new GroupFigures(Long.toString(id), title, "FIN", List.of(now));
  }
}
