package org.tacit.application.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.persistence.AssessedTaskRows;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;

/**
 * How much of a stored run one caller may see. A run covers departments: the organisation's run all
 * of them, a department's run that department and every one below it, a role's or a task's run the
 * role's department. A run's label names what it covers (departments, role titles, a task's words),
 * so only a caller who may read every department it covers, or who started it (the label was made
 * from what they could read), sees it whole. A caller who may read some of them sees it redacted:
 * no label, no starter, no progress, only their own departments' tasks. A caller who may read none
 * of them is told it does not exist, exactly as for an id that was never used.
 */
public final class RunAccess {

  /** How a caller sees a run. */
  public enum Sight {
    WHOLE,
    REDACTED,
    NONE
  }

  private final CallerScope caller;
  private final InventoryRepository inventory;
  private final AssessmentRepository runs;
  private List<Department> departments; // read once per call, for the runs of a list

  public RunAccess(CallerScope caller, InventoryRepository inventory, AssessmentRepository runs) {
    this.caller = caller;
    this.inventory = inventory;
    this.runs = runs;
  }

  public Sight of(AssessmentRun run) {
    if (caller.readsEverything()) {
      return Sight.WHOLE;
    }
    Set<String> covered = covered(run);
    long readable = covered.stream().filter(caller::mayRead).count();
    if (readable == 0) {
      return Sight.NONE;
    }
    return readable == covered.size() || run.startedBy().equals(caller.username())
        ? Sight.WHOLE
        : Sight.REDACTED;
  }

  /**
   * The codes of the departments the run covers, from the inventory as it stands; when the run's
   * department, role or task is gone since, from the tasks the run stored.
   */
  Set<String> covered(AssessmentRun run) {
    AssessmentScope scope = run.scope();
    Optional<Set<String>> now =
        switch (scope.kind()) {
          case ORGANISATION -> Optional.of(codes(departments()));
          case DEPARTMENT ->
              departments().stream()
                  .filter(d -> d.code().equals(scope.key()))
                  .findFirst()
                  .map(top -> codes(Scopes.below(top, departments())));
          case ROLE -> inventory.role(scope.id()).map(role -> Set.of(role.department().code()));
          case TASK ->
              inventory.task(scope.id()).map(task -> Set.of(task.role().department().code()));
        };
    return now.orElseGet(
        () -> {
          Set<String> stored =
              new HashSet<>(
                  runs.rows(connection -> AssessedTaskRows.departmentCodes(connection, run.id())));
          if (scope.kind() == AssessmentScope.Kind.DEPARTMENT) {
            stored.add(scope.key());
          }
          return stored;
        });
  }

  private List<Department> departments() {
    if (departments == null) {
      departments = inventory.departments();
    }
    return departments;
  }

  private static Set<String> codes(List<Department> departments) {
    Set<String> codes = new HashSet<>();
    departments.forEach(d -> codes.add(d.code()));
    return codes;
  }
}
