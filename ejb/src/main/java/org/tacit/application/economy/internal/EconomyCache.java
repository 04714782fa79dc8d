package org.tacit.application.economy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.economy.EconomyBenchmark.PublishedEstimate;
import org.tacit.application.economy.UsEconomy;
import org.tacit.application.scenarios.ScenarioSummaries;
import org.tacit.domain.economy.PublishedEstimates;
import org.tacit.domain.economy.SocTable;
import org.tacit.domain.model.assessment.RuleSetVersion;
import org.tacit.domain.scenario.HorizonTrend;
import org.tacit.domain.scenario.SavedScenario;
import org.tacit.infrastructure.persistence.OccupationRepository;
import org.tacit.infrastructure.reference.SocTables;
import org.tacit.text.Words;

/**
 * The US economy, built once and kept: scoring 19,000 tasks takes seconds, a scenario on the result
 * milliseconds. Kept for the library release and rule set it rests on; loading a release or
 * publishing a rule set builds a new one at the next call. Callers that arrive while it is being
 * built wait for it rather than build it again.
 */
@ApplicationScoped
public class EconomyCache implements UsEconomy {

  private static final Logger LOG = Logger.getLogger(EconomyCache.class.getName());

  /** The bundled tables and what they give, read once: they change only with the product. */
  record References(
      SocTable employment,
      SocTable freyOsborne,
      SocTable microsoft,
      List<PublishedEstimate> estimates) {

    static References bundled() {
      SocTable employment = SocTables.employment();
      SocTable freyOsborne = SocTables.freyOsborne();
      SocTable microsoft = SocTables.microsoftApplicability();
      return new References(
          employment,
          freyOsborne,
          microsoft,
          PublishedEstimates.beside(employment, freyOsborne, microsoft).stream()
              .map(estimate -> PublishedEstimate.of(estimate, Words.in(Locale.ENGLISH)))
              .toList());
    }
  }

  @Inject OccupationRepository library;

  private final Object building = new Object();
  private volatile Economy economy;
  private volatile References references;

  /**
   * A scenario's view of one economy: the scenario as saved, so an edit (a new row version) misses.
   */
  /** A new measured horizon moves the trend a scenario follows, so the trend is part of the key. */
  private record ViewKey(
      Economy.Key economy, long scenarioId, long scenarioVersion, HorizonTrend trend) {}

  /**
   * Few scenarios exist; more than this many views means the economy or scenarios changed often.
   */
  private static final int MOST_VIEWS = 64;

  private final Map<ViewKey, EconomyBenchmark> views = new ConcurrentHashMap<>();

  /**
   * The economy under a saved scenario, kept like the economy itself: every Reports page shows it,
   * and running the engine over 19,000 tasks for each page would cost more than the page.
   */
  @Override
  public EconomyBenchmark benchmark(
      RuleSetVersion ruleSet, SavedScenario saved, HorizonTrend trend) {
    Economy current = economy(ruleSet);
    ViewKey key = new ViewKey(current.key(), saved.id(), saved.rowVersion(), trend);
    if (views.size() > MOST_VIEWS) {
      views.clear();
    }
    return views.computeIfAbsent(
        key,
        k ->
            EconomyBenchmarks.benchmark(
                current,
                references(),
                saved.scenario(trend),
                ScenarioSummaries.scenario(saved, trend)));
  }

  /** The economy of the library in use, scored with {@code ruleSet}. */
  @Override
  public void build(RuleSetVersion ruleSet) {
    economy(ruleSet);
  }

  Economy economy(RuleSetVersion ruleSet) {
    Economy.Key key = keyOf(ruleSet);
    Economy kept = economy;
    if (kept != null && kept.key().equals(key)) {
      return kept;
    }
    synchronized (building) {
      if (economy == null || !economy.key().equals(key)) {
        Instant started = Instant.now();
        economy =
            Economy.build(
                key,
                library.occupations(),
                library.evidenceByOccupation(),
                references().employment(),
                ruleSet.ruleSet());
        LOG.info(
            () ->
                "Built the US economy benchmark ("
                    + key
                    + ", "
                    + economy.members().size()
                    + " occupations) in "
                    + Duration.between(started, Instant.now()).toMillis()
                    + " ms");
      }
      return economy;
    }
  }

  References references() {
    References read = references;
    if (read == null) {
      synchronized (building) {
        if (references == null) {
          references = References.bundled();
        }
        read = references;
      }
    }
    return read;
  }

  private Economy.Key keyOf(RuleSetVersion ruleSet) {
    return library
        .release()
        .map(r -> new Economy.Key(r.name(), r.loadedAt(), ruleSet.version()))
        .orElse(new Economy.Key("no O*NET library", null, ruleSet.version()));
  }
}
