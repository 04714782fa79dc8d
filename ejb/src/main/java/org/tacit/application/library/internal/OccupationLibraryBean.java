package org.tacit.application.library.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.Callers;
import org.tacit.application.access.SecurityLog;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.LibraryReleaseSummary;
import org.tacit.application.library.OccupationDetail;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.application.library.OccupationSummary;
import org.tacit.application.library.OccupationTaskSummary;
import org.tacit.application.library.ReleaseRejectedException;
import org.tacit.domain.model.library.DefaultTimeShares;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.Occupation;
import org.tacit.domain.model.library.OccupationTask;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskType;
import org.tacit.domain.model.organisation.Department;
import org.tacit.infrastructure.onet.OccupationProfiles;
import org.tacit.infrastructure.onet.OnetReleaseException;
import org.tacit.infrastructure.onet.OnetReleaseReader;
import org.tacit.infrastructure.persistence.InventoryRepository;
import org.tacit.infrastructure.persistence.OccupationRepository;

/**
 * The O*NET library for every signed-in role; loading a release and making roles are guarded here.
 */
@Stateless
@RolesAllowed({CallerScope.ADMIN, CallerScope.ANALYST, CallerScope.EDITOR, CallerScope.VIEWER})
public class OccupationLibraryBean implements OccupationLibrary {

  private static final int MAX_RESULTS = 200;

  @Inject Callers callers;
  @Inject OccupationRepository library;
  @Inject InventoryRepository inventory;
  @Inject LibraryWriter writer;
  @Inject RoleFromOccupation roles;

  @Override
  public List<OccupationSummary> search(String text, int limit) {
    return library
        .search(text == null ? "" : text, Math.max(1, Math.min(MAX_RESULTS, limit)))
        .stream()
        .map(row -> new OccupationSummary((String) row[0], (String) row[1], (Long) row[2]))
        .toList();
  }

  @Override
  public Optional<OccupationDetail> occupation(String code) {
    return library
        .occupation(code)
        .map(
            occupation -> {
              List<OccupationTask> tasks = library.tasks(occupation);
              List<BigDecimal> shares =
                  DefaultTimeShares.of(tasks.stream().map(OccupationTask::rating).toList());
              List<OccupationTaskSummary> views = new ArrayList<>();
              for (int i = 0; i < tasks.size(); i++) {
                OccupationTask t = tasks.get(i);
                views.add(
                    new OccupationTaskSummary(
                        t.onetTaskId(),
                        t.statement(),
                        t.type().map(TaskType::label).orElse(null),
                        t.rating().perWorkday().orElse(null),
                        t.rating().importance().orElse(null),
                        shares.get(i)));
              }
              return new OccupationDetail(
                  occupation.code(),
                  occupation.title(),
                  occupation.description().orElse(null),
                  occupation.jobZone().orElse(null),
                  occupation.onTheJobTraining().map(OnTheJobTraining::description).orElse(null),
                  views);
            });
  }

  @Override
  public Optional<LibraryReleaseSummary> release() {
    return library
        .release()
        .map(
            r ->
                new LibraryReleaseSummary(
                    r.name(),
                    r.attribution(),
                    r.loadedAt(),
                    r.loadedBy(),
                    library.occupationCount(),
                    library.taskCount()));
  }

  @Override
  @RolesAllowed(CallerScope.ADMIN)
  public LibraryImportReport importRelease(Path dirOrZip) {
    String user = callers.current().username();
    SecurityLog.success(user, "library-import-start", "O*NET release");
    try {
      LibraryDraft draft = new OnetReleaseReader().read(dirOrZip);
      LibraryImportReport report =
          writer.replace(draft, OccupationProfiles.bundled(), user, Instant.now());
      SecurityLog.success(user, "library-import", "O*NET release " + draft.release());
      return report;
    } catch (OnetReleaseException e) {
      SecurityLog.record(
          user,
          "library-import",
          "O*NET release",
          SecurityLog.Outcome.FAILED,
          "not a usable release");
      throw new ReleaseRejectedException(e.sentence());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  @RolesAllowed({CallerScope.ADMIN, CallerScope.EDITOR})
  public long newRoleFromOccupation(
      String departmentCode,
      String onetSoc,
      String title,
      BigDecimal headcountFte,
      BigDecimal annualCostPerFte,
      boolean coreTasksOnly) {
    CallerScope caller = callers.current();
    caller.requireChange(departmentCode);
    Department department =
        inventory
            .department(departmentCode)
            .orElseThrow(
                () -> NotFoundException.saying("notFound.departmentToImport", departmentCode));
    Occupation occupation =
        library
            .occupation(onetSoc)
            .orElseThrow(() -> NotFoundException.saying("notFound.occupation", onetSoc));
    var request =
        new RoleFromOccupation.Request(title, headcountFte, annualCostPerFte, coreTasksOnly);
    return roles.create(department, occupation, request, caller.username(), Instant.now()).id();
  }
}
