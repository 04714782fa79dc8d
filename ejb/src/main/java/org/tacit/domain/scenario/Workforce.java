package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.assessment.TaskResult;
import org.tacit.domain.scoring.TaskClass;

/**
 * The roles and their scored tasks that a scenario is applied to: an organisation, a department or
 * a single role, as an assessment run recorded them. Every task belongs to one of the roles.
 */
public final class Workforce {

  private final Map<Long, StaffedRole> roles;
  private final Map<Long, List<ScoredTask>> tasksByRole;

  private Workforce(Map<Long, StaffedRole> roles, Map<Long, List<ScoredTask>> tasksByRole) {
    this.roles = roles;
    this.tasksByRole = tasksByRole;
  }

  public static Workforce of(Collection<StaffedRole> roles, Collection<ScoredTask> tasks) {
    Map<Long, StaffedRole> byId = new LinkedHashMap<>();
    for (StaffedRole role : roles) {
      if (byId.put(role.roleId(), role) != null) {
        throw new IllegalArgumentException("Role " + role.roleId() + " is given twice.");
      }
    }
    Map<Long, List<ScoredTask>> tasksByRole = new LinkedHashMap<>();
    byId.keySet().forEach(id -> tasksByRole.put(id, new ArrayList<>()));
    for (ScoredTask task : tasks) {
      List<ScoredTask> ofRole = tasksByRole.get(task.roleId());
      if (ofRole == null) {
        throw new IllegalArgumentException(
            "Task "
                + task.taskId()
                + " belongs to role "
                + task.roleId()
                + ", which is not given.");
      }
      ofRole.add(task);
    }
    tasksByRole.replaceAll((id, list) -> List.copyOf(list));
    return new Workforce(
        Collections.unmodifiableMap(byId), Collections.unmodifiableMap(tasksByRole));
  }

  /**
   * The tasks of a stored assessment run, inputs and results in the same order (as {@code
   * AssessedTaskRows} reads them); each role's headcount and cost as its first task recorded them.
   */
  public static Workforce fromRun(List<TaskInput> inputs, List<TaskResult> results) {
    requireNonNull(inputs, "inputs");
    if (inputs.size() != requireNonNull(results, "results").size()) {
      throw new IllegalArgumentException(
          "A run has one result per input, not " + results.size() + " for " + inputs.size() + ".");
    }
    Map<Long, StaffedRole> roles = new LinkedHashMap<>();
    List<ScoredTask> tasks = new ArrayList<>(inputs.size());
    for (int n = 0; n < inputs.size(); n++) {
      roles.putIfAbsent(inputs.get(n).roleId(), StaffedRole.of(inputs.get(n)));
      tasks.add(ScoredTask.of(inputs.get(n), results.get(n)));
    }
    return of(roles.values(), tasks);
  }

  public Collection<StaffedRole> roles() {
    return roles.values();
  }

  public StaffedRole role(long roleId) {
    StaffedRole role = roles.get(roleId);
    if (role == null) {
      throw new IllegalArgumentException("No role " + roleId + " in this workforce.");
    }
    return role;
  }

  public List<ScoredTask> tasksOf(long roleId) {
    return tasksByRole.getOrDefault(roleId, List.of());
  }

  /**
   * The role's working hours a year by task class, its time divided over its tasks as the engine
   * divides it (tasks without a share take an equal part of what is left), so the hours on a
   * dashboard add up to the hours in its figures.
   */
  public Map<TaskClass, Double> hoursByClass(long roleId) {
    List<ScoredTask> tasks = tasksOf(roleId);
    double[] hours = taskHours(roleId);
    Map<TaskClass, Double> byClass = new EnumMap<>(TaskClass.class);
    for (int t = 0; t < tasks.size(); t++) {
      byClass.merge(tasks.get(t).taskClass(), hours[t], Double::sum);
    }
    return byClass;
  }

  /**
   * Each task's share of its role's time (0–1, adding up to 1), by task id, as the engine divides
   * it.
   */
  public Map<Long, Double> timeShares(long roleId) {
    List<ScoredTask> tasks = tasksOf(roleId);
    RoleTime time = RoleTime.of(tasks);
    Map<Long, Double> shares = new LinkedHashMap<>();
    for (int t = 0; t < tasks.size(); t++) {
      shares.put(tasks.get(t).taskId(), time.share(t));
    }
    return shares;
  }

  /**
   * Each task's working hours a year, in the order of {@link #tasksOf}, the role's time divided as
   * above.
   */
  public double[] taskHours(long roleId) {
    double hours = role(roleId).annualHours();
    return timeShares(roleId).values().stream().mapToDouble(share -> hours * share).toArray();
  }
}
