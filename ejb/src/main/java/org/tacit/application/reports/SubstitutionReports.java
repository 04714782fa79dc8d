package org.tacit.application.reports;

import jakarta.ejb.Local;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.economy.EconomyBenchmark;
import org.tacit.application.scenarios.RealWorkComparison;
import org.tacit.application.scenarios.ScenarioService;
import org.tacit.domain.report.ExportFormat;

/**
 * What each scenario says of the organisation: the realistic substitution estimate, its certainty,
 * the dashboards, the export and the board report. The scenarios themselves are {@link
 * ScenarioService}'s.
 */
@Local
public interface SubstitutionReports {

  /** The scenario the Reports page and the home page open with, when it exists. */
  String DEFAULT_SCENARIO = "Base";

  /**
   * The figures under a scenario, of the departments the caller may read, with what holds them
   * back, what would change them and how sure the headline is.
   */
  SubstitutionReport report(long scenarioId);

  /**
   * How sure the headline is under a scenario, for the departments the caller may read: the range
   * across the presets and the sensitivity to each assumption. The dashboard leaves it out, as it
   * takes some twenty estimates of the whole organisation.
   */
  SubstitutionReport.Certainty certainty(long scenarioId);

  /**
   * The figures under the default scenario ({@link #DEFAULT_SCENARIO}, or the first there is), of
   * the departments the caller may read, as {@link #dashboard} computes them: a role's holdback for
   * the last year only, no certainty. Empty when there is no scenario.
   */
  Optional<SubstitutionReport> defaultReport();

  /**
   * The caller's tasks whose scores rest mostly on answers nobody has confirmed, the {@code max}
   * with the most hours first, and how many there are.
   */
  EstimatedTask.Top estimatedTasks(int max);

  /**
   * Every scenario's rule applied to the real work AI was measured doing (the Remote Labor Index),
   * in the order of {@link ScenarioService#scenarios}: whether its horizon on real work reproduces
   * what was seen.
   */
  List<RealWorkComparison> realWorkChecks();

  /**
   * The figures under every scenario, in the order of {@link ScenarioService#scenarios}, from one
   * reading of the tasks; without the certainty of each headline.
   */
  List<SubstitutionReport> reports();

  /**
   * The Reports dashboards: the figures under every scenario, hours by task class per department
   * and each role's task facts, from one reading of the tasks. A role's holdback is given for the
   * last year only, and no report carries its certainty (see {@link #certainty}).
   */
  Dashboard dashboard();

  /**
   * The US economy under a scenario: every O*NET occupation of the library weighted by its US
   * employment, scored with O*NET's estimates and the published rule set, beside the published
   * national estimates (Frey and Osborne, Microsoft, Eloundou et al.). The same for every caller.
   */
  EconomyBenchmark economy(long scenarioId);

  /**
   * The same figures as a table (CSV or XLSX): one row per organisation, department and role and
   * year; text that a spreadsheet would run as a formula is neutralised.
   */
  void export(long scenarioId, ExportFormat format, OutputStream out) throws IOException;

  /**
   * The board report as an A4 PDF, of the departments the caller may read: the three figures now
   * and in the scenario's last year and what holds them back, the trend under every scenario,
   * department and role tables, the tasks that weigh most, the assumptions and the method. Numbers
   * and the date are written as {@code locale} writes them; the pages stream to {@code out}, which
   * stays open.
   *
   * @throws TooManyAtOnceException before anything is written, when the caller already has as many
   *     PDF renders under way as one person may
   */
  void board(long scenarioId, Locale locale, OutputStream out);
}
