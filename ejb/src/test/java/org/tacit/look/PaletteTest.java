package org.tacit.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaletteTest {

  @Test
  void everyScenarioUpToThePaletteSizeHasAColourOfItsOwn() {
    List<String> colours =
        IntStream.range(0, Palette.scenarioColours()).mapToObj(Palette::scenario).toList();
    assertThat(new HashSet<>(colours)).hasSize(Palette.scenarioColours());
    assertThat(colours).allMatch(c -> c.matches("#[0-9a-f]{6}"));
  }

  @Test
  void theColoursRepeatAfterThePaletteSize() {
    assertThat(Palette.scenario(Palette.scenarioColours())).isEqualTo(Palette.scenario(0));
  }

  @Test
  void theFirstScenarioWearsTheColourOfTheRealisticFigure() {
    assertThat(Palette.scenario(0)).isEqualTo(Palette.Figure.REALISTIC.colour());
  }

  @Test
  void theTaskClassesAreListedInTheOrderTheChartsStackThem() {
    assertThat(Palette.TASK_CLASSES.keySet())
        .containsExactly("AUTOMATABLE", "AUGMENTABLE", "LEARNING_BOUND", "MANUAL", "UNSCORED");
  }
}
