package org.tacit.application.inventory;

import jakarta.ejb.Local;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tacit.application.access.CallerScope;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.domain.report.ExportFormat;

/**
 * The organisation's task inventory: departments, roles, tasks, and getting them in from a file.
 * Every method applies the caller's scope (see {@link CallerScope}).
 */
@Local
public interface InventoryService {

  /** The departments the caller may read. */
  List<DepartmentSummary> departments();

  /** The roles of a department the caller may read; {@link NotPermittedException} otherwise. */
  List<RoleSummary> roles(String departmentCode);

  /** The history of a role the caller may read, newest first. */
  List<ChangeEntry> history(long roleId);

  /**
   * Reads and validates a CSV or XLSX file and the caller's right to change what it names; writes
   * nothing.
   */
  ImportReport check(Path file, String fileName);

  /** Like {@link #check(Path, String)}, telling {@code progress} how many rows have been read. */
  ImportReport check(Path file, String fileName, ImportProgress progress);

  /**
   * Writes the inventory of one department, or of every department the caller may read when {@code
   * departmentCode} is null, in the import's own layout: an export imports back unchanged.
   */
  void export(String departmentCode, ExportFormat format, OutputStream out);

  /** Imports a valid file in one transaction, or nothing at all when it has any problem. */
  ImportReport importFile(Path file, String fileName);

  /**
   * Like {@link #importFile(Path, String)}, telling {@code progress} how far reading and then
   * writing have got. The call returns only when the import is done.
   *
   * <p>Every import is recorded (see {@link ImportSummary}) before its transaction starts, and the
   * report names the record: its server writes how far it has got onto it, and it ends DONE in the
   * import's own transaction or FAILED; one whose server stops is failed by another server within a
   * minute, having stored nothing.
   */
  ImportReport importFile(Path file, String fileName, ImportProgress progress);

  /**
   * Starts the import of a file on another thread, for a page that shows its progress: its record
   * is written before this returns, so that the page, on this server or another, follows it by
   * {@link #recordedImport its id}. The caller's rights are taken now, on the caller's thread.
   *
   * <p>Checking and importing each take one of the caller's import permits until they end; a caller
   * with as many imports under way as one person may is refused with {@link
   * TooManyAtOnceException}.
   */
  StartedImport startImport(Path file, String fileName);

  /**
   * One of the caller's own imports, as the database holds it now; empty for an import that is not
   * the caller's.
   */
  Optional<ImportSummary> recordedImport(long id);

  /** The caller's own latest imports, newest first, at most {@code limit}. */
  List<ImportSummary> recentImports(int limit);
}
