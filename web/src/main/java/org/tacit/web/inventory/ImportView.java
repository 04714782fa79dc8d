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
import org.tacit.application.inventory.ImportSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.StartedImport;
import org.tacit.domain.model.inventory.FileImport;
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
 *
 * <p>Progress is read from the import's record in the database, so that it shows on whichever
 * server the page is on; so does the panel of the person's latest imports, which tells them, after
 * their server has stopped and they signed in on another, that the import stored nothing.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Imports the panel lists: enough to find the one that was interrupted. */
  static final int RECENT = 5;

  @EJB InventoryService inventory;
  @Inject InventoryView page;

  private transient UploadedFile upload;
  private String fileName;
  private String storedAt;
  private ImportReport report;

  /** The import this page started, followed by its record in the database until it ends. */
  private Long importId;

  /** Its record as last read: what the progress bar shows. */
  private ImportSummary following;

  /** The person's latest imports, read when the panel is first shown and on each poll. */
  private List<ImportSummary> recent;

  /**
   * The import's report, which only the server running it has; not kept if the session is written
   * out or moves to another server, since its thread does not: the record then says how it ended.
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
    if (storedAt == null || report == null || !report.valid() || importId != null) {
      return;
    }
    try {
      StartedImport started = inventory.startImport(Path.of(storedAt), fileName);
      importId = started.id();
      running = started.report();
      following = null;
      recent = null;
    } catch (TooManyAtOnceException e) {
      Messages.addGlobalWarn(Refusals.said(e));
    }
  }

  /**
   * Called by the page every second while an import runs: reads its record, which any server shows,
   * and once it has ended, its report if this server ran it, or else what the record says.
   */
  public void poll() throws InterruptedException {
    recent = null;
    if (importId == null) {
      return;
    }
    following = inventory.recordedImport(importId).orElse(null);
    if (running != null) {
      if (running.isDone()) {
        collect();
      }
      return;
    }
    if (following == null || !following.running()) {
      endedElsewhere(); // the session moved here from the server that ran the import
    }
  }

  private void collect() throws InterruptedException {
    try {
      report = running.get();
    } catch (ExecutionException e) {
      Growl.error(
          "import.failed",
          e.getCause() instanceof NotPermittedException refused
              ? Refusals.said(refused)
              : following != null && following.reason() != null
                  ? Growl.said(following.reason())
                  : Growl.text("import.tryAgain"));
      stopFollowing();
      return;
    }
    stopFollowing();
    if (report.valid()) {
      // the list above the inventory says what changed; the message only that it is done
      Growl.info(report.changes().any() ? "import.doneBrief" : "import.unchanged", fileName);
      forgetFile();
      opened().ifPresentOrElse(page::open, page::reload);
    }
  }

  /** What the record says of an import whose report stayed on the server that ran it. */
  private void endedElsewhere() {
    ImportSummary ended = following;
    stopFollowing();
    report = null;
    if (ended == null) {
      return;
    }
    if (ended.state() == FileImport.State.DONE) {
      Growl.info("import.ended.done", ended.fileName(), ended.tasks());
      forgetFile();
      page.reload();
    } else {
      Growl.error(
          "import.ended.failed",
          ended.fileName(),
          ended.reason() == null ? Growl.text("import.tryAgain") : Growl.said(ended.reason()));
    }
  }

  private void stopFollowing() {
    importId = null;
    running = null;
    following = null;
  }

  /** The department the import changed first, which the page then shows. */
  private Optional<String> opened() {
    return report.preview().departments().stream().map(DepartmentChanges::code).findFirst();
  }

  public boolean isRunning() {
    return importId != null;
  }

  /** What the progress bar says: the phase, and how far it got. */
  public String getProgressLabel() {
    return following == null ? "" : progressOf(following);
  }

  public int getProgressPercent() {
    return following == null ? 0 : following.percent().orElse(0);
  }

  /** How far a running import has got, in the reader's words. */
  public String progressOf(ImportSummary underWay) {
    return underWay.phase() == ImportProgress.Phase.READING
        ? Growl.text("import.reading", underWay.done())
        : Growl.text("import.writing", underWay.done(), underWay.total());
  }

  /** The departments an import changed that the reader may read, by code. */
  public String departmentsOf(ImportSummary done) {
    return String.join(", ", done.departments());
  }

  /**
   * The person's latest imports, on any server, with how each ended: one whose server stopped says
   * that nothing of it was stored and to send the file again.
   */
  public List<ImportSummary> getRecent() {
    if (recent == null) {
      recent = inventory.recentImports(RECENT);
    }
    return recent;
  }

  /** Whether one of them is still under way, so the panel polls until it ends. */
  public boolean isAnyRecentRunning() {
    return getRecent().stream().anyMatch(ImportSummary::running);
  }

  /** Called by the panel every two seconds while one of the person's imports runs. */
  public void refreshRecent() {
    recent = null;
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
