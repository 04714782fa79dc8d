package org.tacit.application.scenarios.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.scenarios.HorizonEntry;
import org.tacit.application.scenarios.HorizonEvidence;
import org.tacit.application.scenarios.HorizonRecord;
import org.tacit.domain.Refused;
import org.tacit.domain.scenario.HorizonPoint;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.RecordedHorizon;
import org.tacit.infrastructure.persistence.HorizonRepository;

@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class HorizonEvidenceBean implements HorizonEvidence {

  @Inject Callers callers;
  @Inject HorizonRepository horizons;
  Clock clock = Clock.systemUTC();

  @Override
  public List<HorizonPoint> points() {
    return horizons.all().stream().map(RecordedHorizon::point).toList();
  }

  @Override
  public List<HorizonRecord> recorded() {
    return horizons.all().stream().map(HorizonEvidenceBean::record).toList();
  }

  @Override
  public HorizonTrend trend() {
    return HorizonTrend.fit(points());
  }

  @Override
  public HorizonTrend trend(YearMonth since) {
    return HorizonTrend.fit(points(), since);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public HorizonRecord add(HorizonEntry entry) {
    String actor = requireAdmin("horizon-add", "horizon point");
    HorizonPoint point = point(entry);
    if (horizons.of(point.model(), point.measured().toString()).isPresent()) {
      throw Refused.saying("rejected.horizonTwice", point.model(), point.measured().toString());
    }
    requireRisingTrend(point);
    RecordedHorizon recorded = new RecordedHorizon(point, actor, Instant.now(clock));
    horizons.add(recorded);
    SecurityLog.success(
        actor,
        "horizon-add",
        "horizon point " + recorded.id() + " " + point.model() + " " + point.measured());
    return record(recorded);
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public void remove(long id) {
    String actor = requireAdmin("horizon-remove", "horizon point " + id);
    RecordedHorizon recorded =
        horizons
            .find(id)
            .orElseThrow(() -> NotFoundException.saying("notFound.horizon", String.valueOf(id)));
    recorded.requireRemovable();
    horizons.remove(recorded);
    SecurityLog.success(
        actor, "horizon-remove", "horizon point " + id + " " + recorded.point().model());
  }

  /** The checked point, or the first reason it does not fit. */
  private HorizonPoint point(HorizonEntry entry) {
    if (entry.measured() == null) {
      throw Refused.saying("rejected.horizonMonth");
    }
    if (entry.measured().isAfter(YearMonth.now(clock))) {
      throw Refused.saying("rejected.horizonFuture", entry.measured().toString());
    }
    if (entry.fiftyPercentHours() == null) {
      throw Refused.saying("rejected.horizonHours");
    }
    return new HorizonPoint(
        entry.measured(),
        entry.model(),
        entry.fiftyPercentHours(),
        entry.eightyPercentHours(),
        entry.source(),
        entry.secondHand());
  }

  /** Every page and scenario default reads the trend: a point that would leave none is refused. */
  private void requireRisingTrend(HorizonPoint added) {
    List<HorizonPoint> with = new ArrayList<>(points());
    with.add(added);
    try {
      HorizonTrend.fit(with);
    } catch (IllegalArgumentException noTrend) {
      throw Refused.saying("rejected.horizonTrend", added.model(), added.measured().toString());
    }
  }

  /**
   * The container already refuses anyone else; this names the refusal in the trail wherever it is
   * called from.
   */
  private String requireAdmin(String action, String object) {
    CallerScope caller = callers.current();
    if (!caller.roles().contains(CallerScope.ADMIN)) {
      SecurityLog.refused(caller.username(), action, object, "not an administrator");
      throw NotPermittedException.saying("refused.horizons");
    }
    return caller.username();
  }

  private static HorizonRecord record(RecordedHorizon recorded) {
    return new HorizonRecord(
        recorded.id(),
        recorded.point(),
        recorded.shipped(),
        recorded.addedBy(),
        recorded.addedAt());
  }
}
