package org.tacit.application.scenarios;

import jakarta.ejb.Local;
import java.time.YearMonth;
import java.util.List;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;

/**
 * The measured AI task horizons and the trend fitted to them: the evidence behind the scenario's
 * horizon defaults. Everyone signed in reads it; administrators add a measurement when one is
 * published and take back one they added. The points Tacit ships stay.
 */
@Local
public interface HorizonEvidence {

  /** Every point, oldest measurement first. */
  List<HorizonPoint> points();

  /** Every point with how the portal keeps it, oldest measurement first. */
  List<HorizonRecord> recorded();

  /** The least-squares trend of the 50 % horizon over every point. */
  HorizonTrend trend();

  /** The trend over the points measured in {@code since} or later: the recent pace. */
  HorizonTrend trend(YearMonth since);

  /**
   * Adds a measurement; refused with the reason ({@code IllegalArgumentException}) when a figure
   * does not fit, the month is still to come, or the model already has a point in that month.
   */
  HorizonRecord add(HorizonEntry entry);

  /** Removes a point an administrator added; a shipped point is refused with the reason. */
  void remove(long id);
}
