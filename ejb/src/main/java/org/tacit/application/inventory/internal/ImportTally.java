package org.tacit.application.inventory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.application.inventory.ImportPreview;
import org.tacit.application.inventory.ImportPreview.DepartmentChanges;
import org.tacit.application.inventory.ImportPreview.FactChange;
import org.tacit.application.inventory.ImportPreview.RoleChanges;
import org.tacit.application.inventory.ImportPreview.TaskChange;
import org.tacit.application.inventory.ImportReport.Changes;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.imports.DepartmentDraft;

/**
 * What one import changes, counted and listed as it goes (see {@link ImportPreview}), and the
 * history entries it writes, which share its author and moment. A new one for each import, since
 * the importer lives as long as its pooled EJB.
 */
final class ImportTally {

  private final String actor;
  private final Instant at;
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private int listed;
  private int leftOut;
  private int departmentsCreated;
  private int rolesCreated;
  private int rolesUpdated;
  private int rolesUnchanged;
  private int tasksCreated;
  private int tasksUpdated;
  private int tasksRemoved;
  private int tasksUnchanged;

  ImportTally(String actor, Instant at) {
    this.actor = actor;
    this.at = at;
  }

  InventoryChange entry(Role role, Action action, String subject, String before, String after) {
    return new InventoryChange(at, actor, role, action, subject, before, after);
  }

  /** A department the file names, in file order; {@code created} when the inventory lacks it. */
  void department(DepartmentDraft draft, boolean created) {
    departments.put(draft.code(), new Department(draft, created));
    if (created) {
      departmentsCreated++;
    }
  }

  /**
   * Starts the changes of one role of the file; {@link RoleTally#close()} counts and lists them.
   */
  RoleTally role(String departmentCode, Long id, String code, String title, boolean created) {
    return new RoleTally(departments.get(departmentCode), id, code, title, created);
  }

  Changes changes() {
    return new Changes(
        departmentsCreated,
        rolesCreated,
        rolesUpdated,
        rolesUnchanged,
        tasksCreated,
        tasksUpdated,
        tasksRemoved,
        tasksUnchanged);
  }

  ImportPreview preview() {
    return new ImportPreview(
        departments.values().stream()
            .filter(d -> d.created || !d.roles.isEmpty())
            .map(d -> new DepartmentChanges(d.draft.code(), d.draft.name(), d.created, d.roles))
            .toList(),
        leftOut);
  }

  /** Whether one more line fits the preview; counts it either way. */
  private boolean list() {
    if (listed < ImportPreview.MAX_LISTED) {
      listed++;
      return true;
    }
    leftOut++;
    return false;
  }

  private record Department(DepartmentDraft draft, boolean created, List<RoleChanges> roles) {
    Department(DepartmentDraft draft, boolean created) {
      this(draft, created, new ArrayList<>());
    }
  }

  /** The changes of one role, gathered while its tasks are compared. */
  final class RoleTally {

    private final Department department;
    private final Long id;
    private final String code;
    private final String title;
    private final boolean created;
    private final List<FactChange> facts = new ArrayList<>();
    private final List<TaskChange> taskChanges = new ArrayList<>();
    private int tasks;
    private int changedTasks;

    private RoleTally(Department department, Long id, String code, String title, boolean created) {
      this.department = department;
      this.id = id;
      this.code = code;
      this.title = title;
      this.created = created;
    }

    /** What the role says of itself, old → new, or for a new role what it will say. */
    void facts(List<FactChange> changes) {
      facts.addAll(changes);
    }

    void taskCreated(String statement, List<FactChange> changes) {
      tasks++;
      tasksCreated++;
      changedTasks++;
      if (!created && list()) { // a new role's tasks are counted, not listed one by one
        taskChanges.add(new TaskChange(Action.CREATED, statement, changes));
      }
    }

    void taskChanged(String statement, List<FactChange> changes) {
      tasks++;
      tasksUpdated++;
      changedTasks++;
      if (list()) {
        taskChanges.add(new TaskChange(Action.CHANGED, statement, changes));
      }
    }

    void taskUnchanged() {
      tasks++;
      tasksUnchanged++;
    }

    void taskRemoved(String statement, List<FactChange> changes) {
      tasksRemoved++;
      changedTasks++;
      if (list()) {
        taskChanges.add(new TaskChange(Action.REMOVED, statement, changes));
      }
    }

    /** Counts the role as created, changed or unchanged, and lists it unless unchanged. */
    void close() {
      if (created) {
        rolesCreated++;
      } else if (facts.isEmpty() && changedTasks == 0) {
        rolesUnchanged++;
        return;
      } else {
        rolesUpdated++;
      }
      // a role whose tasks are listed is their heading, not a line of its own
      if (!taskChanges.isEmpty() || list()) {
        department.roles.add(
            new RoleChanges(
                id,
                code,
                title,
                created ? Action.CREATED : Action.CHANGED,
                facts,
                tasks,
                taskChanges));
      }
    }
  }
}
