package org.tacit.domain.model.inventory.imports;

import static org.tacit.domain.model.inventory.imports.InventoryColumn.DEPARTMENT;
import static org.tacit.domain.model.inventory.imports.InventoryColumn.DEPARTMENT_CODE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The departments a file names, each known by its code. A name must keep its code and a code its
 * name on every row: otherwise two spellings would quietly become two departments, or one
 * department would be renamed by whichever row came last.
 */
final class DepartmentDirectory {

  private record Sighting(String value, int row) {}

  private final Map<String, Sighting> codeOfName = new LinkedHashMap<>();
  private final Map<String, Sighting> nameOfCode = new LinkedHashMap<>();

  void register(TaskLine line, Problems problems) {
    String name = line.departmentName();
    String code = line.departmentCode();
    Sighting knownCode = codeOfName.putIfAbsent(name, new Sighting(code, line.row()));
    if (knownCode != null && !knownCode.value().equals(code)) {
      String column = line.departmentCodeGiven() ? DEPARTMENT_CODE.header() : DEPARTMENT.header();
      problems.add(
          line.row(),
          column,
          ImportProblem.saying("departmentCode", name, knownCode.value(), knownCode.row(), code));
    }
    Sighting knownName = nameOfCode.putIfAbsent(code, new Sighting(name, line.row()));
    if (knownName != null && !knownName.value().equals(name)) {
      problems.add(
          line.row(),
          DEPARTMENT.header(),
          ImportProblem.saying("departmentName", code, knownName.value(), knownName.row(), name));
    }
  }

  /** Each department once, in the order the file first names it. */
  List<DepartmentDraft> drafts() {
    return nameOfCode.entrySet().stream()
        .map(entry -> new DepartmentDraft(entry.getKey(), entry.getValue().value()))
        .toList();
  }
}
