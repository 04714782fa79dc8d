package org.tacit.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tacit.application.ImportReport.Changes;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;
import org.tacit.domain.model.inventory.imports.InventoryDraft;
import org.tacit.domain.model.inventory.imports.RoleDraft;
import org.tacit.domain.model.inventory.imports.TaskDraft;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * Writes a validated file into the inventory. The file is the truth for every role it names: its
 * tasks are matched by statement, changed where the file differs, added when new, and removed when
 * the file no longer lists them; roles and departments the file does not name stay as they are.
 * Matching by content is what makes importing the same file twice change nothing. Every change
 * goes into the role's history.
 */
@Dependent
class InventoryImporter {

  @Inject InventoryRepository inventory;

  /** Counts of one import; a new one each time, since this bean lives as long as its pooled EJB. */
  private static final class Tally {
    final History history;
    int departmentsCreated, rolesCreated, rolesUpdated, tasksCreated, tasksUpdated, tasksRemoved;

    Tally(History history) {
      this.history = history;
    }

    Changes changes() {
      return new Changes(departmentsCreated, rolesCreated, rolesUpdated, tasksCreated, tasksUpdated, tasksRemoved);
    }
  }

  /** Applies the draft and writes every change into the history, in {@code actor}'s name. */
  Changes apply(InventoryDraft draft, String actor, Instant at) {
    Tally tally = new Tally(new History(actor, at));
    Map<String, Department> departments = new HashMap<>();
    for (DepartmentDraft d : draft.departments()) {
      departments.put(d.code(), inventory.department(d.code()).orElseGet(() -> create(d, tally)));
    }
    // The stored roles of each department, read once per import rather than once per role
    Map<Department, List<Role>> storedRoles = new HashMap<>();
    for (RoleDraft roleDraft : draft.roles()) {
      Department department = departments.get(roleDraft.departmentCode());
      Optional<Role> known = findRole(storedRoles.computeIfAbsent(department, inventory::roles), roleDraft);
      Role role = known.orElseGet(() -> createRole(department, roleDraft, tally));
      String before = Summaries.of(role);
      if (update(role, roleDraft) && known.isPresent()) {
        tally.rolesUpdated++;
        inventory.record(tally.history.of(role, Action.CHANGED, "role", before, Summaries.of(role)));
      }
      applyTasks(role, roleDraft.tasks(), tally);
    }
    return tally.changes();
  }

  private Department create(DepartmentDraft draft, Tally tally) {
    Department department = new Department(draft.code(), draft.name(), null);
    inventory.add(department);
    tally.departmentsCreated++;
    return department;
  }

  private static Optional<Role> findRole(List<Role> stored, RoleDraft draft) {
    return stored.stream()
        .filter(role -> draft.code() != null
            ? draft.code().equals(role.code().orElse(null))
            : role.code().isEmpty() && role.title().equalsIgnoreCase(draft.title()))
        .findFirst();
  }

  private Role createRole(Department department, RoleDraft draft, Tally tally) {
    Role role = new Role(department, draft.code(), draft.title());
    inventory.add(role);
    tally.rolesCreated++;
    update(role, draft);
    inventory.record(tally.history.of(role, Action.CREATED, "role", null, Summaries.of(role)));
    return role;
  }

  /** True when the file changed what the role says about itself. */
  private static boolean update(Role role, RoleDraft draft) {
    boolean changed = !role.title().equals(draft.title())
        || !sameNumber(role.headcountFte().orElse(null), draft.headcountFte())
        || !sameNumber(role.annualCostPerFte().orElse(null), draft.annualCostPerFte())
        || !Objects.equals(role.onetSoc().orElse(null), draft.onetSoc());
    if (changed) {
      role.retitle(draft.title());
      role.staff(draft.headcountFte(), draft.annualCostPerFte());
      role.linkOccupation(draft.onetSoc());
    }
    return changed;
  }

  private void applyTasks(Role role, List<TaskDraft> drafts, Tally tally) {
    Map<String, Task> existing = new HashMap<>();
    inventory.tasks(role).forEach(task -> existing.put(key(task.statement()), task));
    for (TaskDraft draft : drafts) {
      TaskFacts facts = TaskFacts.confirmed(draft.facts());
      Task task = existing.remove(key(draft.statement()));
      if (task == null) {
        Task created = new Task(role, draft.statement(), draft.timeSharePct(), facts);
        inventory.add(created);
        tally.tasksCreated++;
        inventory.record(tally.history.of(role, Action.CREATED, created.statement(), null, Summaries.of(created)));
      } else if (!task.statement().equals(draft.statement())
          || !sameNumber(task.timeSharePct().orElse(null), draft.timeSharePct())
          || !task.facts().equals(facts)) {
        String before = Summaries.of(task);
        task.restate(draft.statement());
        task.share(draft.timeSharePct());
        task.revise(facts);
        tally.tasksUpdated++;
        inventory.record(tally.history.of(role, Action.CHANGED, task.statement(), before, Summaries.of(task)));
      }
    }
    for (Task gone : existing.values()) {
      inventory.record(tally.history.of(role, Action.REMOVED, gone.statement(), Summaries.of(gone), null));
      inventory.remove(gone);
    }
    tally.tasksRemoved += existing.size();
  }

  /** The history entries of one import share its author and moment. */
  private record History(String actor, Instant at) {
    InventoryChange of(Role role, Action action, String subject, String before, String after) {
      return new InventoryChange(at, actor, role, action, subject, before, after);
    }
  }

  /** Statements match regardless of letter case and spacing, as the contract compares them. */
  private static String key(String statement) {
    return statement.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
