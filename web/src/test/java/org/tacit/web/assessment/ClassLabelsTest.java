package org.tacit.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassLabelsTest {

  private final ClassLabels classes = new ClassLabels();

  @ParameterizedTest
  @CsvSource({
    "AUTOMATABLE,    Automatable,    tacit-class tacit-class-automatable",
    "AUGMENTABLE,    Augmentable,    tacit-class tacit-class-augmentable",
    "LEARNING_BOUND, Learning-bound, tacit-class tacit-class-learning-bound",
    "MANUAL,         Manual,         tacit-class tacit-class-manual",
    "UNSCORED,       Not scored,     tacit-class tacit-class-unscored",
    "SOMETHING_NEW,  SOMETHING_NEW,  tacit-class"
  })
  void everyClassHasAPlainNameAndItsOwnBadge(String taskClass, String label, String style) {
    assertThat(classes.label(taskClass)).isEqualTo(label);
    assertThat(classes.style(taskClass)).isEqualTo(style);
  }
}
