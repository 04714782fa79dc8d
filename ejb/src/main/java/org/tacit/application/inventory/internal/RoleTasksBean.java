package org.tacit.application.inventory.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.tacit.application.StaleEditException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.ScopeTasks;
import org.tacit.application.inventory.Estimate;
import org.tacit.application.inventory.RoleSummary;
import org.tacit.application.inventory.RoleTasks;
import org.tacit.application.inventory.TaskEdit;
import org.tacit.application.inventory.TaskSummary;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Summaries;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.model.inventory.TaskFacts;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/** Hand edits of a role's tasks, scoped to the caller and checked against the version they saw. */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class RoleTasksBean implements RoleTasks {

  @Inject Callers callers;
  @Inject InventoryRepository inventory;
  @Inject AssessmentRepository runs;
  @Inject OccupationRepository library;

  @Override
  public RoleSummary role(long roleId) {
    Role role = readable(roleId);
    return RoleSummaries.of(role, inventory.taskTotals(role));
  }

  @Override
  public boolean changeable(long roleId) {
    return callers.current().mayChange(readable(roleId).department().code());
  }

  @Override
  public List<TaskSummary> tasks(long roleId) {
    return inventory.tasks(readable(roleId)).stream().map(TaskSummaries::of).toList();
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public TaskSummary revise(TaskEdit edit) {
    Task task = changeable(edit.taskId(), edit.version());
    String oldStatement = task.statement();
    String before = Summaries.of(task);
    TaskFacts revised = TaskRevision.facts(task.facts(), edit.facts(), edit.confirmAll());
    task.restate(edit.statement());
    TaskRevision.share(task, edit.timeSharePct(), edit.confirmAll());
    task.revise(revised);
    String after = Summaries.of(task);
    if (!task.statement().equals(oldStatement)) {
      record(
          task.role(),
          Action.CHANGED,
          task.statement(),
          "“" + oldStatement + "” · " + before,
          after);
    } else if (!after.equals(before)) {
      record(task.role(), Action.CHANGED, task.statement(), before, after);
    }
    flush();
    return TaskSummaries.of(task);
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public TaskSummary add(long roleId, String statement, BigDecimal timeSharePct) {
    Role role = readable(roleId);
    requireChange(role);
    Task task = new Task(role, statement, timeSharePct, TaskFacts.none());
    inventory.add(task);
    record(role, Action.CREATED, task.statement(), null, Summaries.of(task));
    inventory.flush();
    return TaskSummaries.of(task);
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public void remove(long taskId, long version) {
    Task task = changeable(taskId, version);
    record(task.role(), Action.REMOVED, task.statement(), Summaries.of(task), null);
    inventory.remove(task);
    flush();
  }

  @Override
  public List<Estimate> estimates(long roleId) {
    Role role = readable(roleId);
    Map<Long, Task> stored = new HashMap<>();
    inventory.tasks(role).forEach(task -> stored.put(task.id(), task));
    TaskEstimates estimates = new TaskEstimates(runs, library);
    List<Estimate> all = new ArrayList<>();
    estimates
        .scored(roleScope(role))
        .values()
        .forEach(task -> all.addAll(estimates.of(task, stored.get(task.taskId()).facts())));
    return all;
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public TaskSummary confirm(long taskId, long version, String column) {
    Task task = changeable(taskId, version);
    Predicate<TaskFact> which = column == null ? fact -> true : TaskSummaries.fact(column)::equals;
    TaskInput scored =
        new TaskEstimates(runs, library)
            .scored(new ScopeTasks("Task " + taskId, null, null, taskId))
            .get(taskId);
    List<String> confirmed = TaskEstimates.confirm(task, scored.facts(), which, column == null);
    if (!confirmed.isEmpty()) {
      record(
          task.role(),
          Action.CONFIRMED,
          task.statement(),
          "estimated: " + String.join(" · ", confirmed),
          "confirmed as they were");
    }
    flush();
    return TaskSummaries.of(task);
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public int confirmAll(long roleId, Map<Long, Long> versions) {
    Role role = readable(roleId);
    requireChange(role);
    List<Task> tasks = inventory.tasks(role);
    boolean same =
        tasks.size() == versions.size()
            && tasks.stream()
                .allMatch(task -> Long.valueOf(task.version()).equals(versions.get(task.id())));
    if (!same) {
      throw StaleEditException.saying("stale.roleTasks");
    }
    Map<Long, TaskInput> scored = new TaskEstimates(runs, library).scored(roleScope(role));
    int answers = 0;
    int changed = 0;
    for (Task task : tasks) {
      int confirmed =
          TaskEstimates.confirm(task, scored.get(task.id()).facts(), fact -> true, true).size();
      answers += confirmed;
      changed += confirmed > 0 ? 1 : 0;
    }
    if (answers > 0) {
      record(
          role,
          Action.CONFIRMED,
          "every estimate of the role",
          answers + " estimated answers in " + changed + " of " + tasks.size() + " tasks",
          "confirmed as they were");
    }
    flush();
    return answers;
  }

  private static ScopeTasks roleScope(Role role) {
    return new ScopeTasks(role.title(), null, role.id(), null);
  }

  private Role readable(long roleId) {
    Role role =
        inventory
            .role(roleId)
            .orElseThrow(
                () -> NotPermittedException.saying("notFound.role", String.valueOf(roleId)));
    callers.current().requireRead(role.department().code());
    return role;
  }

  /**
   * The task as the editor saw it, or a refusal: missing, someone else's department, or changed
   * meanwhile.
   */
  private Task changeable(long taskId, long version) {
    Task task =
        inventory.task(taskId).orElseThrow(() -> StaleEditException.saying("stale.taskGone"));
    requireChange(task.role());
    if (task.version() != version) {
      throw StaleEditException.saying("stale.task");
    }
    return task;
  }

  private void requireChange(Role role) {
    callers.current().requireChange(role.department().code());
  }

  /** Two editors passing the version check at the same moment: the database's check decides. */
  private void flush() {
    try {
      inventory.flush();
    } catch (OptimisticLockException e) {
      throw StaleEditException.saying("stale.task");
    }
  }

  private void record(Role role, Action action, String subject, String before, String after) {
    inventory.record(
        new InventoryChange(
            Instant.now(), callers.current().username(), role, action, subject, before, after));
  }
}
