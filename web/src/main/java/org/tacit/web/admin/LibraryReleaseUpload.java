package org.tacit.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.primefaces.model.file.UploadedFile;
import org.tacit.application.library.LibraryImportReport;
import org.tacit.application.library.LibraryReleaseSummary;
import org.tacit.application.library.OccupationLibrary;
import org.tacit.application.library.ReleaseRejectedException;
import org.tacit.web.shell.Growl;
import org.tacit.web.shell.Refusals;

/**
 * Loading an O*NET text release on the Admin page: the ZIP O*NET publishes (with {@code Task
 * Ratings.txt} when present) replaces the library in one transaction, or nothing changes and the
 * page says which file and line was wrong.
 */
@Named
@RequestScoped
public class LibraryReleaseUpload {

  @EJB OccupationLibrary library;

  private UploadedFile upload;
  private LibraryReleaseSummary release;

  public void load() throws IOException {
    if (upload == null || upload.getSize() == 0) {
      Growl.warn("admin.library.chooseFirst");
      return;
    }
    Path file = Files.createTempFile("onet-release-", ".zip");
    try (InputStream in = upload.getInputStream()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      LibraryImportReport report = library.importRelease(file);
      Growl.info(
          "admin.library.loadedRelease",
          report.release(),
          report.occupations(),
          report.tasks(),
          report.ratedTasks());
      release = null;
    } catch (ReleaseRejectedException e) {
      // The message names the temporary copy; the administrator knows the file by its own name
      Growl.error(
          "admin.library.notLoaded",
          Refusals.said(e).replace(file.getFileName().toString(), upload.getFileName()));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  public LibraryReleaseSummary getRelease() {
    if (release == null) {
      release = library.release().orElse(null);
    }
    return release;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
