package org.tacit.web.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;
import org.tacit.application.inventory.InventoryService;

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
