package org.tacit.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/** The task classes as people read them, and the badge style of each: {@code #{classes.label(c)}}. */
@Named("classes")
@ApplicationScoped
public class ClassLabels {

  private static final Map<String, String> NAMES = Map.of(
      "AUTOMATABLE", "Automatable",
      "AUGMENTABLE", "Augmentable",
      "LEARNING_BOUND", "Learning-bound",
      "MANUAL", "Manual",
      "UNSCORED", "Not scored");

  static String name(String taskClass) {
    return NAMES.getOrDefault(taskClass, taskClass);
  }

  public String label(String taskClass) {
    return name(taskClass);
  }

  /** Such as {@code tacit-class tacit-class-learning-bound}. */
  public String style(String taskClass) {
    return taskClass == null ? "tacit-class" : "tacit-class tacit-class-" + taskClass.toLowerCase().replace('_', '-');
  }
}
