package org.tacit.application;

import jakarta.ejb.Local;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** Scenarios, and what each says of the organisation: the realistic substitution estimate. */
@Local
public interface SubstitutionReports {

  /** The organisation's scenarios, by name; the presets (cautious, base, continual learning by 2030) at first. */
  List<ScenarioView> scenarios();

  ScenarioView scenario(long id);

  /** The figures under a scenario, of the departments the caller may read. */
  SubstitutionReport report(long scenarioId);

  /** The figures under every scenario, in the order of {@link #scenarios}, from one reading of the tasks. */
  List<SubstitutionReport> reports();

  /**
   * The same figures as a table (CSV or XLSX): one row per organisation, department and role and
   * year; text that a spreadsheet would run as a formula is neutralised.
   */
  void export(long scenarioId, ExportFormat format, OutputStream out) throws IOException;

  /**
   * The board report as an A4 PDF, of the departments the caller may read: the three figures now and in
   * the scenario's last year and what holds them back, the trend under every scenario, department and
   * role tables, the tasks that weigh most, the assumptions and the method. Numbers and the date are
   * written as {@code locale} writes them; the pages stream to {@code out}, which stays open.
   */
  void board(long scenarioId, Locale locale, OutputStream out);
}
