package org.tacit.application.library.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.tacit.domain.model.inventory.InventoryChange;
import org.tacit.domain.model.inventory.InventoryChange.Action;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Summaries;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.library.DefaultTimeShares;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.OnetPrefill;
import org.tacit.domain.model.library.TaskType;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * Starts a role from an O*NET occupation: the occupation's tasks as the role's, time shares from
 * O*NET's frequency and importance, and the task facts O*NET can estimate, all marked estimated.
 * The role and each task go into the role's history as created.
 */
@Dependent
class RoleFromOccupation {

  /** What the caller asked for; {@code title} blank means the occupation's. */
  record Request(
      String title, BigDecimal headcountFte, BigDecimal annualCostPerFte, boolean coreTasksOnly) {}

  @Inject InventoryRepository inventory;
  @Inject OccupationRepository library;

  Role create(
      Department department, Occupation occupation, Request request, String actor, Instant at) {
    Role role =
        new Role(
            department,
            null,
            request.title() == null || request.title().isBlank()
                ? occupation.title()
                : request.title());
    role.staff(request.headcountFte(), request.annualCostPerFte());
    role.linkOccupation(occupation.code());
    inventory.add(role);
    inventory.record(
        new InventoryChange(at, actor, role, Action.CREATED, "role", null, Summaries.of(role)));

    List<OccupationTask> tasks = tasksOf(occupation, request.coreTasksOnly());
    List<BigDecimal> shares =
        DefaultTimeShares.of(tasks.stream().map(OccupationTask::rating).toList());
    OnetPrefill prefill = occupation.prefill();
    for (int i = 0; i < tasks.size(); i++) {
      OccupationTask source = tasks.get(i);
      Task task = new Task(role, source.statement(), null, prefill.estimate(source.evidence()));
      task.estimateShare(shares.get(i));
      inventory.add(task);
      inventory.record(
          new InventoryChange(
              at, actor, role, Action.CREATED, task.statement(), null, Summaries.of(task)));
    }
    return role;
  }

  /** Core tasks when asked, unless O*NET marks none of them Core: then all, rather than none. */
  private List<OccupationTask> tasksOf(Occupation occupation, boolean coreOnly) {
    List<OccupationTask> all = library.tasks(occupation);
    List<OccupationTask> core =
        all.stream().filter(t -> t.type().filter(TaskType.CORE::equals).isPresent()).toList();
    return coreOnly && !core.isEmpty() ? core : all;
  }
}
