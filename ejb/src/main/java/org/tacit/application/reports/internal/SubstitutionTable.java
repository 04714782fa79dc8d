package org.tacit.application.reports.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReport.GroupFigures;
import org.tacit.application.scenarios.YearFigures;
import org.tacit.application.scenarios.YearFigures.Share;
import org.tacit.infrastructure.exports.TableWriter;

/**
 * A substitution report as one flat table for spreadsheets: a row per organisation, department and
 * role and year, numbers plain (a point for decimals, no grouping) so every locale's spreadsheet
 * reads them; a figure that has no value (a share of no hours) is an empty cell.
 */
final class SubstitutionTable {

  static final List<String> HEADER =
      List.of(
          "scenario",
          "rule_set_version",
          "level",
          "key",
          "name",
          "department_code",
          "year",
          "hours",
          "fte",
          "cost",
          "naive_exposure_share",
          "naive_exposure_fte",
          "technically_substitutable_share",
          "technically_substitutable_fte",
          "realistic_substitution_share",
          "realistic_substitution_fte",
          "realistic_substitution_cost",
          "estimated_share",
          "confidence");

  private SubstitutionTable() {}

  static void write(SubstitutionReport report, TableWriter table) throws IOException {
    table.row(HEADER);
    String scenario = report.scenario().name();
    String version = Integer.toString(report.ruleSetVersion());
    for (YearFigures year : report.organisation()) {
      table.row(row(scenario, version, "organisation", "", "Organisation", "", year));
    }
    for (GroupFigures department : report.departments()) {
      for (YearFigures year : department.years()) {
        table.row(
            row(
                scenario,
                version,
                "department",
                department.key(),
                department.name(),
                department.departmentCode(),
                year));
      }
    }
    for (GroupFigures role : report.roles()) {
      for (YearFigures year : role.years()) {
        table.row(
            row(scenario, version, "role", role.key(), role.name(), role.departmentCode(), year));
      }
    }
  }

  private static List<String> row(
      String scenario,
      String version,
      String level,
      String key,
      String name,
      String department,
      YearFigures year) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                scenario, version, level, key, name, department, Integer.toString(year.year())));
    cells.add(number(year.hours()));
    cells.add(number(year.fte()));
    cells.add(number(year.cost()));
    share(cells, year.naiveExposure(), false);
    share(cells, year.technicallySubstitutable(), false);
    share(cells, year.realisticSubstitution(), true);
    cells.add(number(year.coverage().estimatedShare()));
    cells.add(number(year.coverage().confidence()));
    return cells;
  }

  private static void share(List<String> cells, Share share, boolean withCost) {
    cells.add(number(share.share()));
    cells.add(number(share.fte()));
    if (withCost) {
      cells.add(number(share.cost()));
    }
  }

  private static String number(Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
  }
}
