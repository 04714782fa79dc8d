package org.tacit.web.inventory;

import jakarta.annotation.PreDestroy;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.tacit.application.access.NotPermittedException;
import org.tacit.application.access.TooManyAtOnceException;
import org.tacit.application.inventory.ImportPreview.DepartmentChanges;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.ImportWatch;
import org.tacit.application.inventory.InventoryService;
import org.tacit.domain.model.inventory.imports.ImportProblem;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * The import on the Inventory page, in two steps: the uploaded file is checked, and either every
 * problem is listed by row and column or what the import would create, change and remove; only a
 * file without problems can then be imported, and the import shows the same list as done and opens
 * the department it imported. The list stays until the user imports, cancels or closes it. The
 * upload is kept in a temporary file between the two steps, never in the session, and deleted when
 * it is imported, replaced by another file, cancelled, or when the view ends.
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
  private ImportWatch watch;

  /**
   * The import running on the server; not kept if the session is written out, since its thread is
   * not.
   */
  private transient Future<ImportReport> running;

  public void check() {
    if (upload == null || upload.getSize() == 0) {
      Growl.warn("import.chooseFirst");
      return;
    }
    forgetFile(); // a new file replaces the one checked before
    report = null;
    fileName = upload.getFileName();
    storedAt = store(upload).toString();
    try {
      report = inventory.check(Path.of(storedAt), fileName);
    } catch (TooManyAtOnceException e) {
      forgetFile();
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  /**
   * Starts the import of the checked file on the server; the page polls {@link #poll()} until it is
   * done.
   */
  public void importChecked() {
    if (storedAt == null || report == null || !report.valid() || running != null) {
      return;
    }
    watch = new ImportWatch();
    try {
      running = inventory.startImport(Path.of(storedAt), fileName, watch);
    } catch (TooManyAtOnceException e) {
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  /** Called by the page every second while an import runs. */
  public void poll() throws InterruptedException {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      report = running.get();
    } catch (ExecutionException e) {
      Growl.error(
          "import.failed",
          e.getCause() instanceof NotPermittedException refused
              ? Refusals.said(refused)
              : Growl.text("import.tryAgain"));
      running = null;
      return;
    }
    running = null;
    if (report.valid()) {
      // the list above the inventory says what changed; the message only that it is done
      Growl.info(report.changes().any() ? "import.doneBrief" : "import.unchanged", fileName);
      forgetFile();
      opened().ifPresentOrElse(page::open, page::reload);
    }
  }

  /** The department the import changed first, which the page then shows. */
  private Optional<String> opened() {
    return report.preview().departments().stream().map(DepartmentChanges::code).findFirst();
  }

  public boolean isRunning() {
    return running != null;
  }

  /** What the progress bar says: the phase, and how far it got. */
  public String getProgressLabel() {
    ImportWatch.Step step = watch == null ? null : watch.latest();
    if (step == null) {
      return "";
    }
    return step.phase() == ImportProgress.Phase.READING
        ? Growl.text("import.reading", step.done())
        : Growl.text("import.writing", step.done(), step.total());
  }

  public int getProgressPercent() {
    return watch == null ? 0 : watch.latest().percent().orElse(0);
  }

  public void cancel() {
    forgetFile();
    report = null;
  }

  /** Puts away what the import did. */
  public void close() {
    report = null;
  }

  /**
   * The view ended (the user left the page, or the session expired) with a checked file that was
   * not imported: its temporary copy goes too. An import still under way opened the file as it
   * started, and on the server's file systems deleting an open file leaves its reader the data.
   */
  @PreDestroy
  void viewEnded() {
    forgetFile();
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

  public boolean isDone() {
    return report != null && report.written();
  }

  /**
   * The counts a person reads first, as sentences of the bundle ({@code import.count.*}); counts of
   * zero are left out but for the unchanged ones, which say the rest of the file was seen.
   */
  public List<Sentence> getCounts() {
    if (report == null || !report.valid()) {
      return List.of();
    }
    ImportReport.Changes c = report.changes();
    List<Sentence> counts = new ArrayList<>();
    count(counts, "departmentsCreated", c.departmentsCreated());
    count(counts, "rolesCreated", c.rolesCreated());
    count(counts, "rolesUpdated", c.rolesUpdated());
    count(counts, "tasksCreated", c.tasksCreated());
    count(counts, "tasksUpdated", c.tasksUpdated());
    count(counts, "tasksRemoved", c.tasksRemoved());
    count(counts, "rolesUnchanged", c.rolesUnchanged());
    count(counts, "tasksUnchanged", c.tasksUnchanged());
    return counts;
  }

  private static void count(List<Sentence> counts, String what, int count) {
    if (count > 0) {
      counts.add(Sentence.of("import.count." + what, count));
    }
  }

  public List<ImportProblem> getWarnings() {
    return report == null ? List.of() : report.warnings();
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
