package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;
import org.tacit.application.inventory.ImportPreview;
import org.tacit.application.inventory.ImportReport;
import org.tacit.application.inventory.ImportSummary;
import org.tacit.application.inventory.InventoryService;
import org.tacit.application.inventory.StartedImport;
import org.tacit.domain.model.inventory.FileImport;
import org.tacit.domain.model.inventory.imports.ImportProgress;
import org.tacit.text.Sentence;

class ImportViewTest {

  private final List<Path> checked = new ArrayList<>();

  @Test
  void aCheckedFileThatWasNotImportedIsDeletedWhenTheViewEnds() throws IOException {
    ImportView view = view();
    view.setUpload(upload("inventory.csv"));
    view.check();
    assertThat(checked).singleElement().matches(Files::exists);

    view.viewEnded();

    assertThat(checked.get(0)).doesNotExist();
  }

  @Test
  void checkingAnotherFileDeletesTheCopyOfTheOneBefore() throws IOException {
    ImportView view = view();
    view.setUpload(upload("first.csv"));
    view.check();
    view.setUpload(upload("second.csv"));
    view.check();

    assertThat(checked).hasSize(2);
    assertThat(checked.get(0)).doesNotExist();
    assertThat(checked.get(1)).exists();
    view.viewEnded();
    assertThat(checked.get(1)).doesNotExist();
  }

  @Test
  void aViewThatNeverHeldAFileEndsQuietly() {
    view().viewEnded();
  }

  @Test
  void theProgressBarReadsTheImportsRecordAndSoDoesTheViewOnAnotherServer() throws Exception {
    ImportView view = view();
    CompletableFuture<ImportReport> neverDone = new CompletableFuture<>();
    when(view.inventory.check(any(Path.class), anyString())).thenReturn(VALID);
    when(view.inventory.startImport(any(Path.class), anyString()))
        .thenReturn(new StartedImport(7, neverDone));
    when(view.inventory.recordedImport(7)).thenReturn(Optional.of(running(7, 40_000, 100_000)));
    view.setUpload(upload("inventory.csv"));
    view.check();

    view.importChecked();
    view.poll();

    assertThat(view.isRunning()).isTrue();
    assertThat(view.getProgressPercent()).isEqualTo(40);

    // the session moves to another server: the import's thread and its report stay behind
    ImportView moved = serialisedAndBack(view);
    moved.inventory = view.inventory;
    when(moved.inventory.recordedImport(7)).thenReturn(Optional.of(running(7, 90_000, 100_000)));
    moved.poll();

    assertThat(moved.isRunning()).isTrue();
    assertThat(moved.getProgressPercent()).isEqualTo(90);
    view.viewEnded();
  }

  @Test
  void thePersonsRecentImportsAreReadOnceAndAgainOnEachPollWhileOneRuns() {
    ImportView view = view();
    when(view.inventory.recentImports(ImportView.RECENT))
        .thenReturn(List.of(running(3, 1, 10)), List.of(failed(3)));

    assertThat(view.isAnyRecentRunning()).isTrue();
    assertThat(view.getRecent()).extracting(ImportSummary::id).containsExactly(3L);
    view.refreshRecent();

    assertThat(view.getRecent()).singleElement().matches(ImportSummary::interrupted);
    assertThat(view.isAnyRecentRunning()).isFalse();
    verify(view.inventory, times(2)).recentImports(ImportView.RECENT);
  }

  private static final ImportReport VALID =
      new ImportReport(
          List.of(),
          List.of(),
          1,
          1,
          1,
          ImportReport.Changes.NONE,
          ImportPreview.NONE,
          false,
          null);

  private static ImportSummary running(long id, int done, int total) {
    return new ImportSummary(
        id,
        "inventory.csv",
        FileImport.State.RUNNING,
        ImportProgress.Phase.WRITING,
        done,
        total,
        Instant.parse("2027-03-01T09:00:00Z"),
        null,
        0,
        List.of(),
        null);
  }

  private static ImportSummary failed(long id) {
    return new ImportSummary(
        id,
        "inventory.csv",
        FileImport.State.FAILED,
        ImportProgress.Phase.WRITING,
        5,
        10,
        Instant.parse("2027-03-01T09:00:00Z"),
        Instant.parse("2027-03-01T09:01:10Z"),
        0,
        List.of(),
        Sentence.of(ImportSummary.SERVER_STOPPED, "tacit-1"));
  }

  /** As a server writes out a session and another reads it in; the injected beans are left out. */
  private static ImportView serialisedAndBack(ImportView view) throws Exception {
    InventoryService service = view.inventory;
    view.inventory = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(view);
    }
    view.inventory = service;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ImportView) in.readObject();
    }
  }

  private ImportView view() {
    ImportView view = new ImportView();
    view.inventory = mock(InventoryService.class);
    when(view.inventory.check(any(Path.class), anyString()))
        .thenAnswer(
            call -> {
              checked.add(call.getArgument(0));
              return null;
            });
    return view;
  }

  private static UploadedFile upload(String name) throws IOException {
    UploadedFile upload = mock(UploadedFile.class);
    byte[] csv = "Department,Role\n".getBytes(StandardCharsets.UTF_8);
    when(upload.getFileName()).thenReturn(name);
    when(upload.getSize()).thenReturn((long) csv.length);
    when(upload.getInputStream()).thenAnswer(call -> new ByteArrayInputStream(csv));
    return upload;
  }
}
