package org.tacit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tacit.benchmarks.SyntheticInventory.DepartmentName;

/**
 * The organisation the dashboard load run reads: 20 departments of 50 roles of 100 tasks (100,000
 * tasks), written by the fixed formula of {@link SyntheticInventory}, so every run builds the very
 * same one. Its first eight departments carry the demo company's names and codes (Finance is FIN,
 * Operations OPS, ...): an editor or viewer of the demo realm reads only their own departments
 * (hedda edits FIN, vic reads OPS), and so meets 5,000 generated tasks there, not the demo's few
 * dozen. Every second role is linked to one of the demo company's O*NET occupations (codes the
 * portal's library certainly holds), its tasks leaving about two in three of the answers O*NET can
 * estimate blank, as a real inventory does.
 */
public final class LoadOrganisation {

  private static final String DEMO_FILE = "/demo/demo-organisation.csv";

  private final SyntheticInventory inventory;

  private LoadOrganisation(SyntheticInventory inventory) {
    this.inventory = inventory;
  }

  /** The load run's organisation: 20 × 50 × 100, named and linked after the demo company. */
  public static LoadOrganisation standard() {
    DemoCompany demo = DemoCompany.read();
    return new LoadOrganisation(
        new SyntheticInventory(20, 50, 100).named(demo.departments()).linkedTo(demo.occupations()));
  }

  /** For tests: any size, named after the given departments, linked to nothing. */
  static LoadOrganisation of(int departments, int roles, int tasks, List<DepartmentName> named) {
    return new LoadOrganisation(new SyntheticInventory(departments, roles, tasks).named(named));
  }

  public Path writeTo(Path file) throws IOException {
    return inventory.writeTo(file);
  }

  public int taskRows() {
    return inventory.taskRows();
  }

  /** How many tasks each department's code holds in the file, in the file's order. */
  public Map<String, Integer> tasksByDepartment() {
    Map<String, Integer> tasks = new LinkedHashMap<>();
    for (int d = 1; d <= inventory.departments(); d++) {
      tasks.put(
          inventory.department(d).code(),
          inventory.rolesPerDepartment() * inventory.tasksPerRole());
    }
    return tasks;
  }

  /** A role's code in the file: department {@code d}'s role {@code r}, both from 1. */
  public static String roleCode(int d, int r) {
    return String.format(java.util.Locale.ROOT, "D%02d-R%04d", d, r);
  }

  /**
   * The departments whose tasks the portal does not hold yet: those it lacks, and those with fewer
   * tasks than the file gives them (the portal may hold more: the demo company's own tasks in FIN,
   * say). None means the organisation is in place and need not be imported again.
   *
   * @param held task counts by department code, as {@code GET /departments} gives them
   */
  public List<String> missingFrom(Map<String, Long> held) {
    List<String> missing = new ArrayList<>();
    tasksByDepartment()
        .forEach(
            (code, tasks) -> {
              if (held.getOrDefault(code, 0L) < tasks) {
                missing.add(code);
              }
            });
    return missing;
  }

  /** The demo company's departments and O*NET codes, from the file the portal itself loads. */
  record DemoCompany(List<DepartmentName> departments, List<String> occupations) {

    static DemoCompany read() {
      try (InputStream in =
              Objects.requireNonNull(
                  LoadOrganisation.class.getResourceAsStream(DEMO_FILE), DEMO_FILE);
          BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
        Map<String, DepartmentName> departments = new LinkedHashMap<>();
        TreeSet<String> occupations = new TreeSet<>();
        for (CSVRecord row :
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
          String code = row.get("department_code");
          departments.putIfAbsent(code, new DepartmentName(row.get("department"), code));
          if (!row.get("onet_soc").isBlank()) {
            occupations.add(row.get("onet_soc"));
          }
        }
        return new DemoCompany(List.copyOf(departments.values()), List.copyOf(occupations));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
