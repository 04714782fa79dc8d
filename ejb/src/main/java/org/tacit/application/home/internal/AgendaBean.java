package org.tacit.application.home.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.RunAccess;
import org.tacit.application.access.Scopes;
import org.tacit.application.home.Agenda;
import org.tacit.application.home.AgendaFigures;
import org.tacit.application.home.AgendaItems;
import org.tacit.application.home.AgendaItems.FirstSteps;
import org.tacit.application.home.AgendaItems.RecentChange;
import org.tacit.application.home.Listed;
import org.tacit.application.reports.EstimatedTask;
import org.tacit.application.reports.SubstitutionReport;
import org.tacit.application.reports.SubstitutionReports;
import org.tacit.domain.model.assessment.AssessmentRun;
import org.tacit.domain.model.assessment.AssessmentScope;
import org.tacit.infrastructure.persistence.AgendaRepository;
import org.tacit.infrastructure.persistence.AssessmentRepository;
import org.tacit.infrastructure.persistence.InventoryRepository;

/** What needs doing in the caller's departments, each kind read by one aggregate query. */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class AgendaBean implements Agenda {

  /** As many runs as the Assessment page lists: older ones are long superseded. */
  static final int RUNS_READ = 200;

  /**
   * An answer that would change less than half an hour a year says nothing a reader could act on
   * (the Reports page leaves such parts out of what holds the figures back, too).
   */
  static final double SMALLEST_HOURS = 0.5;

  @Inject Callers callers;
  @Inject Scopes scopes;
  @Inject AgendaRepository agenda;
  @Inject InventoryRepository inventory;
  @Inject AssessmentRepository runs;
  @EJB SubstitutionReports reports;

  @Override
  public AgendaItems items() {
    CallerScope caller = callers.current();
    Set<String> codes = scopes.readableCodes(caller); // null: every department
    boolean seesNothing = codes != null && codes.isEmpty() || agenda.roleCount(codes) == 0;
    if (seesNothing) {
      return new AgendaItems(
          firstSteps(caller), Listed.none(), assesses(caller) ? Listed.none() : null, List.of());
    }
    return new AgendaItems(
        null,
        Listed.first(
            TimeShareRule.gaps(
                agenda.shareTotalsOutside(codes, TimeShareRule.LOWEST, TimeShareRule.HIGHEST)),
            TOP),
        assesses(caller) ? Listed.first(staleRuns(caller, codes), TOP) : null,
        agenda.changesByOthers(codes, caller.username(), TOP).stream()
            .map(
                row ->
                    new RecentChange(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (Instant) row[4],
                        ((Number) row[5]).longValue()))
            .toList());
  }

  @Override
  public Optional<AgendaFigures> figures() {
    return reports
        .defaultReport()
        .filter(report -> !report.roles().isEmpty() && !report.organisation().isEmpty())
        .map(report -> figures(report, reports.estimatedTasks(TOP)));
  }

  private static AgendaFigures figures(SubstitutionReport report, EstimatedTask.Top tasks) {
    return new AgendaFigures(
        report.scenario().id(),
        report.scenario().name(),
        report.organisation().get(0),
        report.organisation().get(report.organisation().size() - 1),
        Listed.first(EstimatedRoles.of(report.roles()), TOP),
        new Listed<>(tasks.tasks(), tasks.total()),
        Listed.first(
            report.openAnswers().stream().filter(o -> o.hours() >= SMALLEST_HOURS).toList(), TOP));
  }

  /** Viewers read figures; who may start a run is told which runs are out of date. */
  private static boolean assesses(CallerScope caller) {
    return caller.roles().contains(CallerScope.ADMIN)
        || caller.roles().contains(CallerScope.ANALYST)
        || caller.roles().contains(CallerScope.EDITOR);
  }

  private FirstSteps firstSteps(CallerScope caller) {
    boolean mayImport =
        caller.roles().contains(CallerScope.ADMIN)
            || (caller.roles().contains(CallerScope.EDITOR) && !caller.departments().isEmpty());
    boolean mayStartRole =
        inventory.departments().stream().anyMatch(d -> caller.mayChange(d.code()));
    return new FirstSteps(mayImport, mayStartRole);
  }

  private List<AgendaItems.StaleRun> staleRuns(CallerScope caller, Set<String> codes) {
    RunAccess access = new RunAccess(caller, inventory, runs);
    List<StaleRuns.Run> seen = new ArrayList<>();
    for (AssessmentRun run : runs.runs(RUNS_READ)) {
      RunAccess.Sight sight = access.of(run);
      if (sight != RunAccess.Sight.NONE) {
        seen.add(
            new StaleRuns.Run(
                run.id(),
                run.scope(),
                sight == RunAccess.Sight.WHOLE ? run.scopeLabel() : null,
                run.ruleSetVersion(),
                run.startedAt(),
                run.status().name()));
      }
    }
    if (seen.isEmpty()) {
      return List.of();
    }
    Map<String, Instant> byDepartment = new HashMap<>();
    agenda
        .lastChangePerDepartment(codes)
        .forEach(row -> byDepartment.put((String) row[0], (Instant) row[1]));
    return StaleRuns.of(seen, runs.published().version(), run -> lastChange(run, byDepartment));
  }

  /**
   * The last change the caller may see in what {@code run} covers; {@code byDepartment} holds the
   * caller's departments only.
   */
  private Optional<Instant> lastChange(StaleRuns.Run run, Map<String, Instant> byDepartment) {
    AssessmentScope scope = run.scope();
    return switch (scope.kind()) {
      case ORGANISATION -> latest(byDepartment, byDepartment.keySet());
      case DEPARTMENT -> latest(byDepartment, below(scope.key()));
      case ROLE -> agenda.lastChangeOfRole(scope.id());
      case TASK -> agenda.roleOfTask(scope.id()).flatMap(agenda::lastChangeOfRole);
    };
  }

  private Set<String> below(String departmentCode) {
    try {
      return scopes.codesBelow(departmentCode);
    } catch (NotFoundException gone) {
      return Set.of(departmentCode);
    }
  }

  private static Optional<Instant> latest(
      Map<String, Instant> byDepartment, Collection<String> codes) {
    return codes.stream().map(byDepartment::get).filter(at -> at != null).max(Instant::compareTo);
  }
}
