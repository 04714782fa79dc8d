package org.tacit.application.access;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tacit.application.NotFoundException;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.inventory.Role;
import org.tacit.domain.model.inventory.Task;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * Turns what someone asked to assess into the tasks they may see: a department means it and every
 * department below it; the organisation means everything for analysts and administrators, and an HR
 * editor's or viewer's own departments otherwise.
 */
@Dependent
public class Scopes {

  @Inject InventoryRepository inventory;

  protected Scopes() {} // for CDI

  public Scopes(InventoryRepository inventory) {
    this.inventory = inventory;
  }

  public ScopeTasks resolve(AssessmentScope scope, CallerScope caller) {
    return switch (scope.kind()) {
      case ORGANISATION ->
          caller.readsEverything()
              ? ScopeTasks.organisation()
              : new ScopeTasks(
                  "Organisation (your departments)",
                  readable(inventory.departments(), caller),
                  null,
                  null);
      case DEPARTMENT -> {
        Department department =
            inventory
                .department(scope.key())
                .orElseThrow(() -> NotFoundException.saying("notFound.department", scope.key()));
        caller.requireRead(department.code());
        Set<Long> ids = new HashSet<>();
        for (Department d : below(department)) {
          if (caller.mayRead(d.code())) {
            ids.add(d.id());
          }
        }
        yield new ScopeTasks(department.name() + " (" + department.code() + ")", ids, null, null);
      }
      case ROLE -> {
        Role role =
            inventory
                .role(scope.id())
                .orElseThrow(() -> NotFoundException.saying("notFound.role", scope.key()));
        caller.requireRead(role.department().code());
        yield new ScopeTasks(
            role.title() + " · " + role.department().code(), null, role.id(), null);
      }
      case TASK -> {
        Task task =
            inventory
                .task(scope.id())
                .orElseThrow(() -> NotFoundException.saying("notFound.task", scope.key()));
        caller.requireRead(task.role().department().code());
        yield new ScopeTasks(
            "Task “" + abridged(task.statement()) + "” · " + task.role().title(),
            null,
            null,
            task.id());
      }
    };
  }

  private static String abridged(String statement) {
    return statement.length() <= 80 ? statement : statement.substring(0, 79) + "…";
  }

  /** The codes of the departments the caller may read; null when that is all of them. */
  public Set<String> readableCodes(CallerScope caller) {
    if (caller.readsEverything()) {
      return null;
    }
    Set<String> codes = new HashSet<>();
    inventory.departments().stream()
        .map(Department::code)
        .filter(caller::mayRead)
        .forEach(codes::add);
    return codes;
  }

  /** The codes of a department and the departments below it. */
  public Set<String> codesBelow(String code) {
    Department top =
        inventory
            .department(code)
            .orElseThrow(() -> NotFoundException.saying("notFound.department", code));
    Set<String> codes = new HashSet<>();
    below(top).forEach(d -> codes.add(d.code()));
    return codes;
  }

  private List<Department> below(Department top) {
    return below(top, inventory.departments());
  }

  /** {@code top} and every department below it, among {@code all}. */
  static List<Department> below(Department top, List<Department> all) {
    List<Department> found = new ArrayList<>();
    Deque<Department> open = new ArrayDeque<>(List.of(top));
    while (!open.isEmpty()) {
      Department next = open.pop();
      found.add(next);
      for (Department d : all) {
        if (d.parent().filter(p -> p.id().equals(next.id())).isPresent()) {
          open.push(d);
        }
      }
    }
    return found;
  }

  private static Set<Long> readable(List<Department> departments, CallerScope caller) {
    Set<Long> ids = new HashSet<>();
    departments.stream().filter(d -> caller.mayRead(d.code())).forEach(d -> ids.add(d.id()));
    return ids;
  }
}
