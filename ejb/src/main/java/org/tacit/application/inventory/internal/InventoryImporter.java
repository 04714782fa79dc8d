package org.tacit.application.inventory.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.application.inventory.InventoryLoader;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.SpreadsheetNumber;
import org.tacit.domain.model.inventory.Summaries;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskStatement;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.model.inventory.imports.ImportProgress.Phase;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Writes a validated file into the inventory. The file is the truth for every role it names: its
 * tasks are matched by statement, changed where the file differs, added when new, and removed when
 * the file no longer lists them; roles and departments the file does not name stay as they are.
 * Matching by content is what makes importing the same file twice change nothing. Every change goes
 * into the role's history.
 *
 * <p>A large file is written a portion of roles at a time, in the one transaction of the import:
 * each portion's roles and tasks are read in two queries, changed, flushed in JDBC batches and then
 * forgotten, so that time grows with the file's size and memory does not.
 */
@Dependent
public class InventoryImporter implements InventoryLoader {

  /**
   * Tasks written between two flushes: enough to fill JDBC batches (500 statements), few enough
   * that what the persistence context tracks stays a few megabytes, however large the file.
   */
  static final int TASKS_PER_FLUSH = 1_000;

  private final InventoryRepository inventory;
  private final OccupationRepository library;

  @Inject
  public InventoryImporter(InventoryRepository inventory, OccupationRepository library) {
    this.inventory = inventory;
    this.library = library;
  }

  /**
   * For code that owns its persistence context, such as the tests and the benchmarks; without the
   * library, roles that give no time shares get equal ones.
   */
  public InventoryImporter(InventoryRepository inventory) {
    this(inventory, null);
  }

  /** Applies the draft and writes every change into the history, in {@code actor}'s name. */
  @Override
  public Changes apply(InventoryDraft draft, String actor, Instant at) {
    return apply(draft, actor, at, ImportProgress.NONE);
  }

  /**
   * Like {@link #apply(InventoryDraft, String, Instant)}, telling {@code progress} after each
   * portion.
   */
  public Changes apply(InventoryDraft draft, String actor, Instant at, ImportProgress progress) {
    ImportTally tally = new ImportTally(actor, at);
    // Ids, not entities: they stay valid when a flush forgets the entities
    Map<String, Long> departments = new HashMap<>();
    for (DepartmentDraft d : draft.departments()) {
      departments.put(
          d.code(), inventory.department(d.code()).orElseGet(() -> create(d, tally)).id());
    }
    StoredRoles stored = new StoredRoles(inventory);
    OccupationRatings ratings =
        library == null ? OccupationRatings.NONE : new OccupationRatings(library);
    int total = draft.taskCount();
    int written = 0;
    progress.advanced(Phase.WRITING, written, total);
    for (List<RoleDraft> portion : RolePortions.of(draft.roles(), TASKS_PER_FLUSH)) {
      written += apply(portion, departments, stored, ratings, tally);
      inventory.flushAndClear();
      progress.advanced(Phase.WRITING, written, total);
    }
    return tally.changes();
  }

  /** Applies a portion of roles and answers how many task rows it held. */
  private int apply(
      List<RoleDraft> portion,
      Map<String, Long> departments,
      StoredRoles stored,
      OccupationRatings ratings,
      ImportTally tally) {
    Map<RoleDraft, Long> known = new IdentityHashMap<>();
    portion.forEach(
        d -> stored.find(departments.get(d.departmentCode()), d).ifPresent(id -> known.put(d, id)));
    Map<Long, Role> roles =
        known.isEmpty()
            ? Map.of()
            : inventory.roles(known.values()).stream()
                .collect(toMap(Role::id, Function.identity()));
    Map<Long, List<Task>> tasks =
        known.isEmpty()
            ? Map.of()
            : inventory.tasksOfRoles(known.values()).stream()
                .collect(groupingBy(task -> task.role().id()));
    int rows = 0;
    for (RoleDraft roleDraft : portion) {
      Long id = known.get(roleDraft);
      if (id == null) {
        Role role =
            createRole(
                inventory.department(departments.get(roleDraft.departmentCode())).orElseThrow(),
                roleDraft,
                tally);
        applyTasks(role, List.of(), ImportedTask.of(roleDraft, ratings), tally);
      } else {
        Role role = roles.get(id);
        String before = Summaries.of(role);
        if (update(role, roleDraft)) {
          tally.rolesUpdated++;
          inventory.record(tally.entry(role, Action.CHANGED, "role", before, Summaries.of(role)));
        }
        applyTasks(
            role, tasks.getOrDefault(id, List.of()), ImportedTask.of(roleDraft, ratings), tally);
      }
      rows += roleDraft.tasks().size();
    }
    return rows;
  }

  private Department create(DepartmentDraft draft, ImportTally tally) {
    Department department = new Department(draft.code(), draft.name(), null);
    inventory.add(department);
    tally.departmentsCreated++;
    return department;
  }

  private Role createRole(Department department, RoleDraft draft, ImportTally tally) {
    Role role = new Role(department, draft.code(), draft.title());
    inventory.add(role);
    tally.rolesCreated++;
    update(role, draft);
    inventory.record(tally.entry(role, Action.CREATED, "role", null, Summaries.of(role)));
    return role;
  }

  /** True when the file changed what the role says about itself. */
  private static boolean update(Role role, RoleDraft draft) {
    boolean changed =
        !role.title().equals(draft.title())
            || !SpreadsheetNumber.same(role.headcountFte().orElse(null), draft.headcountFte())
            || !SpreadsheetNumber.same(
                role.annualCostPerFte().orElse(null), draft.annualCostPerFte())
            || !Objects.equals(role.onetSoc().orElse(null), draft.onetSoc());
    if (changed) {
      role.retitle(draft.title());
      role.staff(draft.headcountFte(), draft.annualCostPerFte());
      role.linkOccupation(draft.onetSoc());
    }
    return changed;
  }

  private void applyTasks(
      Role role, List<Task> stored, List<ImportedTask> imported, ImportTally tally) {
    Map<String, Task> existing = new HashMap<>();
    stored.forEach(task -> existing.put(TaskStatement.key(task.statement()), task));
    for (ImportedTask draft : imported) {
      Task task = existing.remove(TaskStatement.key(draft.statement()));
      if (task == null) {
        Task created = new Task(role, draft.statement(), null, draft.facts());
        draft.shareOnto(created);
        inventory.add(created);
        tally.tasksCreated++;
        inventory.record(
            tally.entry(role, Action.CREATED, created.statement(), null, Summaries.of(created)));
      } else if (!draft.sameAs(task)) {
        String before = Summaries.of(task);
        task.restate(draft.statement());
        draft.shareOnto(task);
        task.revise(draft.factsOver(task.facts()));
        tally.tasksUpdated++;
        inventory.record(
            tally.entry(role, Action.CHANGED, task.statement(), before, Summaries.of(task)));
      }
    }
    for (Task gone : existing.values()) {
      inventory.record(
          tally.entry(role, Action.REMOVED, gone.statement(), Summaries.of(gone), null));
      inventory.remove(gone);
    }
    tally.tasksRemoved += existing.size();
  }
}
