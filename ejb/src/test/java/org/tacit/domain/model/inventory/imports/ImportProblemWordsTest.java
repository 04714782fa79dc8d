package org.tacit.domain.model.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tacit.text.Words;

class ImportProblemWordsTest {

  private static final Words GERMAN = Words.in(Locale.GERMAN);

  @Test
  void aGermanReaderIsToldTheProblemInGermanWithItsRowAndColumnWhileTheMessageStaysEnglish() {
    List<ImportProblem> problems =
        Sheet.problemsOf(
            "department|role|task|task_time_share_pct|novelty",
            "Finance|Clerk|Book|50|3",
            "Finance|Clerk|Chase|40|9");

    assertThat(problems)
        .extracting(ImportProblem::row, ImportProblem::column, p -> p.sentence().in(GERMAN))
        .containsExactly(
            tuple(
                2,
                "task_time_share_pct",
                "Die Zeitanteile der Rolle „Clerk“ in FINANCE ergeben in den Zeilen 2–3 zusammen"
                    + " 90, nicht 100 (±1)."),
            tuple(3, "novelty", "novelty muss eine ganze Zahl von 1 bis 5 sein (gefunden: „9“)"),
            tuple(
                3,
                "task_time_share_pct",
                "Die Zeitanteile der Rolle „Clerk“ in FINANCE ergeben in den Zeilen 2–3 zusammen"
                    + " 90, nicht 100 (±1)."));
    assertThat(problems.get(1).message())
        .isEqualTo("novelty must be a whole number from 1 to 5 (got '9')");
  }

  @Test
  void rowNumbersAndDecimalSharesFollowTheReaderWithoutGrouping() {
    ImportProblem late =
        new ImportProblem(
            12_345, "task", ImportProblem.saying("taskTwice", "„Clerk“ in FIN", 1_234));
    ImportProblem shares =
        new ImportProblem(
            2,
            "task_time_share_pct",
            ImportProblem.saying(
                "sharesSum",
                ImportProblem.saying("role", "Clerk", "FIN"),
                new BigDecimal("98.5"),
                1,
                "2"));

    assertThat(late.sentence().in(GERMAN)).contains("in Zeile 1234.");
    assertThat(late.message()).contains("on row 1234.");
    assertThat(shares.sentence().in(GERMAN)).contains("zusammen 98,5,");
    assertThat(shares.message())
        .isEqualTo("The time shares of role 'Clerk' in FIN add up to 98.5 on row 2, not 100 (±1).");
  }

  @Test
  void aProblemOfTheWholeFileSaysItsLimitsInTheReadersNumbers() {
    ImportProblem tooMany = ImportProblem.ofFile(ImportProblem.saying("tooManyRows", 200_000));

    assertThat(tooMany.sentence().in(GERMAN))
        .isEqualTo("Die Datei hat mehr als 200.000 Aufgabenzeilen; die Grenze liegt bei 200.000.");
    assertThat(tooMany)
        .hasToString("file: The file has more than 200,000 task rows; the limit is 200,000.");
  }

  @Test
  void departmentsOneMayNotChangeAreNamedInTheRightNumber() {
    assertThat(ImportProblem.saying("mayNotChange", 1, "OPS").inEnglish())
        .isEqualTo("You may not change department OPS; nothing was imported.");
    assertThat(ImportProblem.saying("mayNotChange", 2, "OPS, FIN").in(GERMAN))
        .isEqualTo("Sie dürfen die Abteilungen OPS, FIN nicht ändern; nichts wurde importiert.");
  }

  @Test
  void theApiStillReadsARowAColumnAndTheEnglishMessage() throws Exception {
    ImportProblem empty = new ImportProblem(4, "task", ImportProblem.saying("empty", "task"));

    try (Jsonb json = JsonbBuilder.create()) {
      assertThat(json.toJson(empty))
          .isEqualTo("{\"column\":\"task\",\"message\":\"task must not be empty.\",\"row\":4}");
    }
  }
}
