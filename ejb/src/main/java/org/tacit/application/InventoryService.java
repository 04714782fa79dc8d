package org.tacit.application;

import jakarta.ejb.Local;
import java.nio.file.Path;
import java.util.List;

/**
 * The organisation's task inventory: departments, roles, tasks, and getting them in from a file.
 * Every method applies the caller's scope (see {@link CallerScope}).
 */
@Local
public interface InventoryService {

  /** The departments the caller may read. */
  List<DepartmentView> departments();

  /** The roles of a department the caller may read; {@link NotPermittedException} otherwise. */
  List<RoleView> roles(String departmentCode);

  /** Reads and validates a CSV or XLSX file and the caller's right to change what it names; writes nothing. */
  ImportReport check(Path file, String fileName);

  /** Imports a valid file in one transaction, or nothing at all when it has any problem. */
  ImportReport importFile(Path file, String fileName);
}
