package org.tacit.application.scenarios;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.RecordedHorizon;
import org.tacit.infrastructure.persistence.HorizonRepository;

/**
 * The trend the scenarios' horizon defaults follow, fitted to the measured points as the database
 * holds them now: read at each use rather than kept, so a point an administrator adds on one server
 * moves every scenario that follows the trend on every server at once. Twenty rows and a
 * least-squares line cost less than a millisecond.
 */
@Dependent
public class HorizonTrends {

  @Inject HorizonRepository horizons;

  HorizonTrends() {}

  public HorizonTrends(HorizonRepository horizons) {
    this.horizons = horizons;
  }

  public HorizonTrend current() {
    return HorizonTrend.fit(horizons.all().stream().map(RecordedHorizon::point).toList());
  }
}
