package org.tacit.infrastructure.onet;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacit.infrastructure.onet.SmallRelease.CLERKS;
import static org.tacit.infrastructure.onet.SmallRelease.DEVELOPERS;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tacit.domain.model.library.ActivityProfile;
import org.tacit.domain.model.library.LibraryDraft;
import org.tacit.domain.model.library.OccupationDraft;
import org.tacit.domain.model.library.OccupationTaskDraft;
import org.tacit.domain.model.library.OnTheJobTraining;
import org.tacit.domain.model.library.TaskType;
import org.tacit.text.Words;

class OnetReleaseReaderTest {

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsOccupationsTasksJobZonesTrainingAndRatingsFromAFolderOrTheOfficialZip(boolean zipped)
      throws Exception {
    Path release =
        zipped
            ? SmallRelease.official().asZip(temp.resolve("upload-1234.tmp"))
            : SmallRelease.official().asFolder(temp.resolve("release"));

    LibraryDraft draft = new OnetReleaseReader().read(release);

    assertThat(draft.release()).isEqualTo("O*NET 27.0");
    assertThat(draft.occupations())
        .extracting(OccupationDraft::code)
        .containsExactly(CLERKS, DEVELOPERS);
    OccupationDraft clerks = draft.occupations().get(0);
    assertThat(clerks.title()).isEqualTo("Bookkeeping, Accounting, and Auditing Clerks");
    assertThat(clerks.jobZone()).isEqualTo(3);
    assertThat(clerks.training())
        .as("10 + 20 + 30 reaches half")
        .isEqualTo(OnTheJobTraining.UP_TO_3_MONTHS);
    assertThat(clerks.tasks())
        .extracting(OccupationTaskDraft::type)
        .containsExactly(TaskType.CORE, TaskType.CORE, TaskType.SUPPLEMENTAL);
    assertThat(draft.taskCount()).isEqualTo(5);
    assertThat(draft.ratedTaskCount()).isEqualTo(3);
  }

  @Test
  void frequencyCategoriesBecomeOccurrencesPerWorkdayAndImportanceIsKept() throws Exception {
    LibraryDraft draft =
        new OnetReleaseReader().read(SmallRelease.official().asFolder(temp.resolve("r")));

    var clerkTasks = draft.occupations().get(0).tasks();
    assertThat(clerkTasks.get(0).rating().perWorkday()).contains(new BigDecimal("8.000000"));
    assertThat(clerkTasks.get(0).rating().importance()).contains(new BigDecimal("4.50"));
    assertThat(clerkTasks.get(1).rating().perWorkday())
        .as("half daily, half three times a day")
        .contains(new BigDecimal("2.000000"));
    assertThat(clerkTasks.get(2).rating().perWorkday())
        .as("12 times a year")
        .contains(new BigDecimal("0.046154"));
  }

  @Test
  void aReleaseWithoutTaskRatingsReadsWithUnratedTasks() throws Exception {
    LibraryDraft draft =
        new OnetReleaseReader()
            .read(SmallRelease.official().without("Task Ratings.txt").asFolder(temp.resolve("r")));

    assertThat(draft.taskCount()).isEqualTo(5);
    assertThat(draft.ratedTaskCount()).isZero();
  }

  @Test
  void eachTaskCountsItsDetailedWorkActivitiesByKind() throws Exception {
    LibraryDraft draft =
        new OnetReleaseReader().read(SmallRelease.official().asZip(temp.resolve("upload.tmp")));

    assertThat(draft.occupations().get(0).tasks())
        .extracting(OccupationTaskDraft::activities)
        .containsExactly(
            new ActivityProfile(0, 1, 0, 0), new ActivityProfile(0, 1, 0, 0), ActivityProfile.NONE);
    assertThat(draft.occupations().get(1).tasks())
        .extracting(OccupationTaskDraft::activities)
        .containsExactly(new ActivityProfile(0, 1, 1, 0), new ActivityProfile(0, 0, 1, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tasks to DWAs.txt", "DWA Reference.txt"})
  void aReleaseWithoutTheWorkActivityFilesReadsWithoutActivityProfiles(String left)
      throws Exception {
    LibraryDraft draft =
        new OnetReleaseReader()
            .read(SmallRelease.official().without(left).asFolder(temp.resolve("r")));

    assertThat(draft.occupations())
        .flatExtracting(OccupationDraft::tasks)
        .extracting(OccupationTaskDraft::activities)
        .containsOnly(ActivityProfile.NONE);
    assertThat(draft.taskCount()).isEqualTo(5);
  }

  @Test
  void aTaskLinkedToAnUnlistedWorkActivityIsRefusedWithItsLine() {
    Path release =
        SmallRelease.official()
            .with(
                "Tasks to DWAs.txt",
                "O*NET-SOC Code\tTask ID\tDWA ID\tDate\tDomain Source\n"
                    + CLERKS
                    + "\t1001\t4.A.9.z.9.I99.D99\t03/2014\tAnalyst\n")
            .asFolder(temp.resolve("r"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .hasMessage(
            "Tasks to DWAs.txt, line 2 names DWA 4.A.9.z.9.I99.D99, which DWA Reference.txt does"
                + " not list.");
  }

  @Test
  void tasksMarkedNeitherCoreNorSupplementalHaveNoTypeAndKeepTheirUnicode() throws Exception {
    LibraryDraft draft =
        new OnetReleaseReader().read(SmallRelease.official().asFolder(temp.resolve("r")));

    OccupationTaskDraft conferring = draft.occupations().get(1).tasks().get(1);
    assertThat(conferring.type()).isNull();
    assertThat(conferring.statement()).contains("“résumé”");
    assertThat(draft.occupations().get(1).training()).as("no OJ answers").isNull();
  }

  @Test
  void theReleaseIsNamedFromTheZipsFolderWhenThereIsNoReadMe() throws Exception {
    Path zip = SmallRelease.official().without("Read Me.txt").asZip(temp.resolve("upload.tmp"));

    assertThat(new OnetReleaseReader().read(zip).release()).isEqualTo("O*NET 27.0");
  }

  @Test
  void everyMissingRequiredFileIsNamedAtOnce() {
    Path release =
        SmallRelease.official()
            .without("Task Statements.txt")
            .without("Job Zones.txt")
            .asZip(temp.resolve("partial.zip"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessageContaining("lacks Task Statements.txt, Job Zones.txt");
  }

  @Test
  void aHeaderThatIsNotOnetsIsRefusedNamingTheFileAndTheMissingColumn() {
    Path release =
        SmallRelease.official()
            .with("Task Ratings.txt", "Code,Task,Scale,Value\n43-3031.00,1001,IM,4.5\n")
            .asFolder(temp.resolve("r"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessageStartingWith("Task Ratings.txt does not have O*NET's header")
        .hasMessageContaining("O*NET-SOC Code, Task ID, Scale ID, Category, Data Value");
  }

  @Test
  void aBadValueIsRefusedWithItsFileAndLine() {
    Path release =
        SmallRelease.official()
            .with(
                "Job Zones.txt",
                "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n"
                    + "43-3031.00\tthree\t08/2020\tAnalyst\n")
            .asFolder(temp.resolve("r"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .hasMessage("Job Zones.txt, line 2 has 'three' in Job Zone, which holds numbers.")
        .isInstanceOfSatisfying(
            OnetReleaseException.class,
            refused ->
                assertThat(refused.sentence().in(Words.in(Locale.GERMAN)))
                    .as("what a German administrator reads")
                    .isEqualTo(
                        "Job Zones.txt, Zeile 2 hat „three“ in Job Zone, einer Spalte mit"
                            + " Zahlen."));
  }

  @Test
  void anOccupationListedTwiceIsRefused() {
    Path release =
        SmallRelease.official()
            .with(
                "Occupation Data.txt",
                "O*NET-SOC Code\tTitle\tDescription\n"
                    + CLERKS
                    + "\tClerks\tOne.\n"
                    + CLERKS
                    + "\tClerks again\tTwo.\n")
            .asFolder(temp.resolve("r"));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .hasMessage("Occupation Data.txt, line 3 repeats occupation 43-3031.00.");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedRatherThanGarbled() throws Exception {
    Path release = SmallRelease.official().asFolder(temp.resolve("r"));
    Files.write(
        release.resolve("Task Statements.txt"),
        ("O*NET-SOC Code\tTask ID\tTask\tTask Type\n" + "15-1252.00\t2002\tParse a résumé.\tCore\n")
            .getBytes(ISO_8859_1));

    assertThatThrownBy(() -> new OnetReleaseReader().read(release))
        .hasMessageContaining("is not UTF-8");
  }

  @Test
  void somethingThatIsNeitherFolderNorZipIsRefused() throws Exception {
    Path text = Files.writeString(temp.resolve("notes.txt"), "hello");

    assertThatThrownBy(() -> new OnetReleaseReader().read(text))
        .isInstanceOf(OnetReleaseException.class)
        .hasMessageContaining("neither a folder nor a ZIP");
  }
}
