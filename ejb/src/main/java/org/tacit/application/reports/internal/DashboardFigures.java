package org.tacit.application.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tacit.application.reports.Dashboard.ClassHours;
import org.tacit.application.reports.Dashboard.FactColumn;
import org.tacit.application.reports.Dashboard.FactLevel;
import org.tacit.application.reports.Dashboard.RoleProfile;
import org.tacit.domain.model.assessment.TaskInput;
import org.tacit.domain.model.inventory.TaskFact;
import org.tacit.domain.scenario.Workforce;
import org.tacit.domain.scoring.TaskClass;

/** The scenario-free parts of the dashboards: hours by class and each role's task facts. */
final class DashboardFigures {

  private DashboardFigures() {}

  static List<FactColumn> factColumns() {
    List<FactColumn> columns = new ArrayList<>();
    for (TaskFact fact : TaskFact.values()) {
      columns.add(
          new FactColumn(fact.column(), fact.description(), fact.axis().name(), !fact.isLevel()));
    }
    return columns;
  }

  static List<ClassHours> departments(ScoredOrganisation scored) {
    Map<String, Map<String, Double>> byDepartment = new TreeMap<>();
    Workforce workforce = scored.workforce();
    scored
        .roles()
        .forEach(
            (roleId, role) -> {
              Map<String, Double> hours =
                  byDepartment.computeIfAbsent(role.departmentCode(), code -> noHours());
              workforce
                  .hoursByClass(roleId)
                  .forEach((taskClass, h) -> hours.merge(taskClass.name(), h, Double::sum));
            });
    List<ClassHours> departments = new ArrayList<>();
    byDepartment.forEach(
        (code, hours) ->
            departments.add(new ClassHours(code, scored.departmentNames().get(code), hours)));
    return departments;
  }

  static List<RoleProfile> roles(ScoredOrganisation scored) {
    Map<Long, List<TaskInput>> tasksByRole = new LinkedHashMap<>();
    scored
        .inputs()
        .forEach(
            task -> tasksByRole.computeIfAbsent(task.roleId(), id -> new ArrayList<>()).add(task));
    Workforce workforce = scored.workforce();
    List<RoleProfile> roles = new ArrayList<>();
    tasksByRole.forEach(
        (roleId, tasks) -> {
          TaskInput role = tasks.get(0);
          Map<String, Double> hours = noHours();
          workforce.hoursByClass(roleId).forEach((taskClass, h) -> hours.put(taskClass.name(), h));
          roles.add(
              new RoleProfile(
                  roleId,
                  role.roleTitle(),
                  role.departmentCode(),
                  role.departmentName(),
                  role.onetSoc(),
                  workforce.role(roleId).fte(),
                  hours,
                  facts(tasks, workforce.timeShares(roleId))));
        });
    return roles;
  }

  /**
   * Each fact's mean over the tasks, weighed by time; a role whose time is undivided weighs tasks
   * equally.
   */
  private static List<FactLevel> facts(List<TaskInput> tasks, Map<Long, Double> shares) {
    List<FactLevel> levels = new ArrayList<>();
    for (TaskFact fact : TaskFact.values()) {
      double weighed = 0;
      double known = 0;
      double estimated = 0;
      for (TaskInput task : tasks) {
        double share = shares.get(task.taskId());
        var value = task.facts().value(fact);
        if (value.isPresent()) {
          weighed += share * value.get().doubleValue();
          known += share;
          if (task.facts().isEstimated(fact)) {
            estimated += share;
          }
        }
      }
      levels.add(new FactLevel(known > 0 ? weighed / known : null, known, estimated));
    }
    return levels;
  }

  private static Map<String, Double> noHours() {
    Map<String, Double> hours = new LinkedHashMap<>();
    for (TaskClass taskClass : TaskClass.values()) {
      hours.put(taskClass.name(), 0.0);
    }
    return hours;
  }
}
