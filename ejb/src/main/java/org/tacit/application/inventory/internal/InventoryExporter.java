package org.tacit.application.inventory.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.tacit.domain.model.inventory.imports.InventoryTable;
import org.tacit.domain.model.organisation.Department;
import org.tacit.domain.report.ExportFormat;
import org.tacit.infrastructure.exports.TableWriter;
import org.tacit.infrastructure.persistence.InventoryRepository;

/** Writes departments' tasks in the import layout, one department at a time. */
@Dependent
class InventoryExporter {

  @Inject InventoryRepository inventory;

  void write(List<Department> departments, ExportFormat format, OutputStream out)
      throws IOException {
    try (TableWriter table = TableWriter.of(format, out)) {
      table.row(InventoryTable.header());
      for (Department department : departments) {
        for (var task : inventory.tasksOf(department)) {
          table.row(InventoryTable.row(task));
        }
      }
    }
  }
}
