package org.tacit.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.tacit.look.Palette;

/**
 * A task class as people read it: {@code #{classes.label(c)}} names it, {@code #{classes.style(c)}}
 * gives its colour badge (tacit.css). The one place every assessment page takes them from.
 */
@Named("classes")
@ApplicationScoped
public class ClassLabels {

  private static final String BADGE = "tacit-class";

  private static final Map<String, String> LABELS = Map.of(
      "AUTOMATABLE", "Automatable",
      "AUGMENTABLE", "Augmentable",
      "LEARNING_BOUND", "Learning-bound",
      "MANUAL", "Manual",
      "UNSCORED", "Not scored");

  /** The classes in the order every chart stacks and lists them, with their chart colours (as in the board PDF). */
  public static final Map<String, String> COLOURS = Palette.TASK_CLASSES;

  /** Such as "Learning-bound"; a name this list does not know is shown as it is. */
  public String label(String taskClass) {
    return taskClass == null ? "" : LABELS.getOrDefault(taskClass, taskClass);
  }

  /** The badge's CSS classes, such as {@code tacit-class tacit-class-learning-bound}. */
  public String style(String taskClass) {
    return taskClass == null || !LABELS.containsKey(taskClass) ? BADGE
        : BADGE + " " + BADGE + "-" + taskClass.toLowerCase().replace('_', '-');
  }
}
