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
import java.util.Optional;
import java.util.function.Function;
import org.tacit.application.inventory.ImportPreview.FactChange;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.application.inventory.InventoryLoader;
import org.tacit.application.inventory.internal.ImportTally.RoleTally;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
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
    return write(draft, actor, at, progress).changes();
  }

  /** Applies the draft and answers what it changed, counted and listed. */
  ImportTally write(InventoryDraft draft, String actor, Instant at, ImportProgress progress) {
    return run(draft, new ImportTally(actor, at), true, progress);
  }

  /**
   * What {@link #write} would change, found by the same comparisons, without changing an entity or
   * writing a line of history.
   */
  ImportTally check(InventoryDraft draft) {
    return run(draft, new ImportTally(null, null), false, ImportProgress.NONE);
  }

  private ImportTally run(
      InventoryDraft draft, ImportTally tally, boolean write, ImportProgress progress) {
    // Ids, not entities: they stay valid when a flush forgets the entities; null for a department
    // only the check knows will be created
    Map<String, Long> departments = new HashMap<>();
    for (DepartmentDraft d : draft.departments()) {
      Optional<Department> stored = inventory.department(d.code());
      tally.department(d, stored.isEmpty());
      departments.put(
          d.code(),
          stored
              .or(() -> write ? Optional.of(create(d)) : Optional.empty())
              .map(Department::id)
              .orElse(null));
    }
    StoredRoles stored = new StoredRoles(inventory);
    OccupationRatings ratings =
        library == null ? OccupationRatings.NONE : new OccupationRatings(library);
    int total = draft.taskCount();
    int done = 0;
    progress.advanced(Phase.WRITING, done, total);
    for (List<RoleDraft> portion : RolePortions.of(draft.roles(), TASKS_PER_FLUSH)) {
      done += apply(portion, departments, stored, ratings, tally, write);
      if (write) {
        inventory.flushAndClear();
      } else {
        inventory.clear(); // nothing changed: what was read need not be kept
      }
      progress.advanced(Phase.WRITING, done, total);
    }
    return tally;
  }

  /** Applies (or only compares) a portion of roles and answers how many task rows it held. */
  private int apply(
      List<RoleDraft> portion,
      Map<String, Long> departments,
      StoredRoles stored,
      OccupationRatings ratings,
      ImportTally tally,
      boolean write) {
    Map<RoleDraft, Long> known = new IdentityHashMap<>();
    portion.forEach(
        d -> {
          Long department = departments.get(d.departmentCode());
          if (department != null) {
            stored.find(department, d).ifPresent(id -> known.put(d, id));
          }
        });
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
      List<ImportedTask> imported = ImportedTask.of(roleDraft, ratings);
      if (id == null) {
        Role role =
            write
                ? createRole(
                    inventory.department(departments.get(roleDraft.departmentCode())).orElseThrow(),
                    roleDraft,
                    tally)
                : null;
        RoleTally changes =
            tally.role(
                roleDraft.departmentCode(),
                role == null ? null : role.id(),
                roleDraft.code(),
                roleDraft.title(),
                true);
        changes.facts(FactChanges.of(roleDraft));
        applyTasks(role, List.of(), imported, changes, tally, write);
        changes.close();
      } else {
        Role role = roles.get(id);
        RoleTally changes =
            tally.role(
                roleDraft.departmentCode(), id, role.code().orElse(null), roleDraft.title(), false);
        List<FactChange> facts = FactChanges.of(role, roleDraft);
        changes.facts(facts);
        if (write && !facts.isEmpty()) {
          String before = Summaries.of(role);
          update(role, roleDraft);
          inventory.record(tally.entry(role, Action.CHANGED, "role", before, Summaries.of(role)));
        }
        applyTasks(role, tasks.getOrDefault(id, List.of()), imported, changes, tally, write);
        changes.close();
      }
      rows += roleDraft.tasks().size();
    }
    return rows;
  }

  private Department create(DepartmentDraft draft) {
    Department department = new Department(draft.code(), draft.name(), null);
    inventory.add(department);
    return department;
  }

  private Role createRole(Department department, RoleDraft draft, ImportTally tally) {
    Role role = new Role(department, draft.code(), draft.title());
    update(role, draft); // before it is stored: one insert, not an insert and an update
    inventory.add(role);
    inventory.record(tally.entry(role, Action.CREATED, "role", null, Summaries.of(role)));
    return role;
  }

  /** Makes the role say what the file says of it. */
  private static void update(Role role, RoleDraft draft) {
    role.retitle(draft.title());
    role.staff(draft.headcountFte(), draft.annualCostPerFte());
    role.linkOccupation(draft.onetSoc());
  }

  /**
   * Matches the file's tasks to the stored ones by statement; with {@code write}, creates, changes
   * and removes them ({@code role} is null for a role only the check knows will be created).
   */
  private void applyTasks(
      Role role,
      List<Task> stored,
      List<ImportedTask> imported,
      RoleTally changes,
      ImportTally tally,
      boolean write) {
    Map<String, Task> existing = new HashMap<>();
    stored.forEach(task -> existing.put(TaskStatement.key(task.statement()), task));
    for (ImportedTask draft : imported) {
      Task task = existing.remove(TaskStatement.key(draft.statement()));
      if (task == null) {
        changes.taskCreated(draft.statement(), FactChanges.of(draft));
        if (write) {
          Task created = new Task(role, draft.statement(), null, draft.facts());
          draft.shareOnto(created);
          inventory.add(created);
          inventory.record(
              tally.entry(role, Action.CREATED, created.statement(), null, Summaries.of(created)));
        }
        continue;
      }
      List<FactChange> facts = FactChanges.of(task, draft);
      if (facts.isEmpty()) {
        changes.taskUnchanged();
        continue;
      }
      changes.taskChanged(draft.statement(), facts);
      if (write) {
        String before = Summaries.of(task);
        task.restate(draft.statement());
        draft.shareOnto(task);
        task.revise(draft.factsOver(task.facts()));
        inventory.record(
            tally.entry(role, Action.CHANGED, task.statement(), before, Summaries.of(task)));
      }
    }
    for (Task gone : existing.values()) {
      changes.taskRemoved(gone.statement(), List.of());
      if (write) {
        inventory.record(
            tally.entry(role, Action.REMOVED, gone.statement(), Summaries.of(gone), null));
        inventory.remove(gone);
      }
    }
  }
}
