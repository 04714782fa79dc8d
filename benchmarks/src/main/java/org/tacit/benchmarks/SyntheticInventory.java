package org.tacit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.tacit.domain.model.inventory.TaskFact;

/**
 * An inventory file of a given size with every column filled, written the same way each time, so
 * that runs on different days and machines import the very same file. Answers vary from task to
 * task (a fixed formula, no random source) so that the stored rows look like a real inventory.
 *
 * <p>As the import benchmark writes it, every role has a made-up O*NET-SOC code and every answer is
 * given. {@link #linkedTo} writes the same organisation as a reassessment meets it: every second
 * role linked to a real occupation, and its tasks leave about two in three of the answers O*NET can
 * estimate blank; the other roles are linked to nothing.
 *
 * <p>{@link #named} gives the first departments names and codes of their own, such as the demo
 * company's, so that people who read only their own departments find theirs among the generated
 * ones; the rest are "Department 09" (code D09) and so on.
 *
 * @param occupations the real O*NET-SOC codes linked roles take in turn; none for the import file
 * @param names the first departments' names and codes, in order; the others are numbered
 */
record SyntheticInventory(
    int departments,
    int rolesPerDepartment,
    int tasksPerRole,
    List<String> occupations,
    List<DepartmentName> names) {

  /** A department's name and code as the file writes them. */
  record DepartmentName(String name, String code) {}

  /** The facts {@code OnetPrefill} estimates: the ones a linked role's tasks may leave blank. */
  private static final Set<TaskFact> ESTIMATED_BY_ONET =
      EnumSet.of(
          TaskFact.TACIT_CONTEXT,
          TaskFact.NOVELTY,
          TaskFact.TIME_TO_PROFICIENCY,
          TaskFact.VERIFIABILITY,
          TaskFact.REPETITION);

  private static final String[] VERBS = {
    "Reconcile",
    "Review",
    "Draft",
    "Approve",
    "Schedule",
    "Answer",
    "Check",
    "Prepare",
    "Negotiate",
    "Inspect",
    "Record",
    "Plan"
  };
  private static final String[] OBJECTS = {
    "supplier invoices",
    "customer complaints",
    "the weekly plan",
    "contract changes",
    "safety reports",
    "payroll exceptions",
    "purchase orders",
    "audit findings"
  };

  SyntheticInventory {
    if (100 % tasksPerRole != 0) {
      throw new IllegalArgumentException(
          "Tasks per role must divide 100, so that equal time shares add up to 100.");
    }
    occupations = List.copyOf(occupations);
    names = List.copyOf(names);
  }

  SyntheticInventory(int departments, int rolesPerDepartment, int tasksPerRole) {
    this(departments, rolesPerDepartment, tasksPerRole, List.of(), List.of());
  }

  /** The same organisation, every second role linked to one of {@code codes} in turn. */
  SyntheticInventory linkedTo(List<String> codes) {
    return new SyntheticInventory(departments, rolesPerDepartment, tasksPerRole, codes, names);
  }

  /** The same organisation, its first departments named and coded as {@code first} says. */
  SyntheticInventory named(List<DepartmentName> first) {
    return new SyntheticInventory(
        departments, rolesPerDepartment, tasksPerRole, occupations, first);
  }

  /** Department {@code d} (from 1): its name and code in the file. */
  DepartmentName department(int d) {
    return d <= names.size()
        ? names.get(d - 1)
        : new DepartmentName(
            String.format(Locale.ROOT, "Department %02d", d),
            String.format(Locale.ROOT, "D%02d", d));
  }

  /** Roles linked to an occupation: every second one when there are occupations to link. */
  boolean linked(int r) {
    return !occupations.isEmpty() && r % 2 == 0;
  }

  int taskRows() {
    return departments * rolesPerDepartment * tasksPerRole;
  }

  Path writeTo(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
      out.write(header());
      out.newLine();
      for (int d = 1; d <= departments; d++) {
        for (int r = 1; r <= rolesPerDepartment; r++) {
          for (int t = 1; t <= tasksPerRole; t++) {
            out.write(row(d, r, t));
            out.newLine();
          }
        }
      }
    }
    return file;
  }

  private static String header() {
    StringJoiner header = new StringJoiner(",");
    header.add(
        "department,department_code,role,role_code,role_headcount,role_annual_cost,onet_soc,task,task_time_share_pct");
    for (TaskFact fact : TaskFact.values()) {
      header.add(fact.column());
    }
    return header.toString();
  }

  private String row(int d, int r, int t) {
    int seed = (d * 7919 + r * 104_729 + t * 1_299_709) & 0x7fffffff;
    StringJoiner row = new StringJoiner(",");
    row.add(department(d).name());
    row.add(department(d).code());
    row.add(String.format(Locale.ROOT, "Role %04d of department %02d", r, d));
    row.add(String.format(Locale.ROOT, "D%02d-R%04d", d, r));
    row.add(Integer.toString(1 + (d + r) % 12));
    row.add(Integer.toString(40_000 + 1000 * ((d * r) % 60)));
    row.add(
        occupations.isEmpty()
            ? String.format(Locale.ROOT, "%02d-%04d.00", 11 + (r % 40), 1000 + (d * 37 + r) % 9000)
            : linked(r)
                ? occupations.get(((d - 1) * rolesPerDepartment + r) / 2 % occupations.size())
                : "");
    row.add(
        String.format(
            Locale.ROOT,
            "%s %s in batch %d of role %04d",
            VERBS[seed % VERBS.length],
            OBJECTS[(seed / 13) % OBJECTS.length],
            t,
            r));
    row.add(Integer.toString(100 / tasksPerRole));
    for (TaskFact fact : TaskFact.values()) {
      int level = 1 + (seed / (fact.ordinal() + 3)) % 5;
      if (linked(r)
          && ESTIMATED_BY_ONET.contains(fact)
          && (seed / (fact.ordinal() + 17)) % 3 != 0) {
        row.add(""); // unknown: the reassessment fills it from O*NET
        continue;
      }
      row.add(fact.isLevel() ? Integer.toString(level) : level / 4 + "." + (level * 25 % 100));
    }
    return row.toString();
  }
}
