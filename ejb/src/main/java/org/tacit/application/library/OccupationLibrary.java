package org.tacit.application.library;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tacit.application.NotFoundException;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.NotPermittedException;

/**
 * The O*NET occupation library: finding occupations, reading their tasks, loading a release, and
 * starting a role from an occupation. Every signed-in role reads the library; only administrators
 * replace it; roles are created within the caller's scope (see {@link CallerScope}).
 */
@Local
public interface OccupationLibrary {

  /**
   * Occupations whose O*NET-SOC code starts with {@code text} or whose title holds every word of
   * it, ignoring case, by title; at most {@code limit} (1–200). A blank text lists from the start.
   */
  List<OccupationSummary> search(String text, int limit);

  /** An occupation with its tasks, Core first; empty when the library has no such code. */
  Optional<OccupationDetail> occupation(String code);

  /** The release the library holds, with its attribution; empty while the library is empty. */
  Optional<LibraryReleaseSummary> release();

  /**
   * Replaces the whole library with an O*NET text release (a folder, or the ZIP O*NET publishes),
   * in one transaction; administrators only. Roles keep their links by code.
   *
   * @throws ReleaseRejectedException when the files are not a readable O*NET text release; the
   *     library is then unchanged
   */
  LibraryImportReport importRelease(Path dirOrZip);

  /**
   * Creates a role in a department the caller may change, linked to the occupation, with its tasks
   * (Core only, or all), default time shares and estimated task facts. Every creation goes into the
   * role's history in the caller's name.
   *
   * @param title the role's title; the occupation's title when blank
   * @param headcountFte null when unknown
   * @param annualCostPerFte null when unknown
   * @return the new role's id
   * @throws NotPermittedException when the caller may not change the department
   * @throws NotFoundException when the department or the occupation does not exist
   */
  long newRoleFromOccupation(
      String departmentCode,
      String onetSoc,
      String title,
      BigDecimal headcountFte,
      BigDecimal annualCostPerFte,
      boolean coreTasksOnly);
}
