package org.tacit.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.tacit.application.ImportReport;
import org.tacit.application.InventoryService;
import org.tacit.domain.model.inventory.imports.ImportProblem;

/**
 * The import on the Inventory page, in two steps: the uploaded file is checked and every problem
 * listed by row and column, and only a file without problems can then be imported. The upload is
 * kept in a temporary file between the two steps, never in the session.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB InventoryService inventory;
  @Inject InventoryView page;

  private transient UploadedFile upload;
  private String fileName;
  private String storedAt;
  private ImportReport report;

  public void check() {
    if (upload == null || upload.getSize() == 0) {
      Messages.addGlobalWarn("Choose a CSV or XLSX file first.");
      return;
    }
    fileName = upload.getFileName();
    storedAt = store(upload).toString();
    report = inventory.check(Path.of(storedAt), fileName);
  }

  public void importChecked() {
    if (storedAt == null || report == null || !report.valid()) {
      return;
    }
    report = inventory.importFile(Path.of(storedAt), fileName);
    if (report.valid()) {
      ImportReport.Changes c = report.changes();
      Messages.addGlobalInfo(c.any()
          ? String.format("Imported %s: %d roles created, %d updated; %d tasks created, %d updated, %d removed.",
              fileName, c.rolesCreated(), c.rolesUpdated(), c.tasksCreated(), c.tasksUpdated(), c.tasksRemoved())
          : "Imported " + fileName + ": nothing had changed.");
      forgetFile();
      page.reload();
    }
  }

  public void cancel() {
    forgetFile();
    report = null;
  }

  private void forgetFile() {
    if (storedAt != null) {
      try {
        Files.deleteIfExists(Path.of(storedAt));
      } catch (IOException ignored) {
        // a temporary file; the system cleans its temp folder
      }
      storedAt = null;
    }
  }

  private static Path store(UploadedFile file) {
    try (InputStream in = file.getInputStream()) {
      Path copy = Files.createTempFile("tacit-import-", ".upload");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isChecked() {
    return report != null;
  }

  public boolean isReady() {
    return report != null && report.valid() && !report.written();
  }

  public List<ImportProblem> getProblems() {
    return report == null ? List.of() : report.problems();
  }

  public ImportReport getReport() {
    return report;
  }

  public String getFileName() {
    return fileName;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
