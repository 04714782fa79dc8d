package org.tacit.web.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import org.tacit.look.Palette;
import org.tacit.text.Words;

/**
 * A task class as people read it: {@code #{classes.named(c)}} names it in the page's language,
 * {@code #{classes.style(c)}} gives its colour badge (tacit.css). The one place every assessment
 * page takes them from.
 */
@Named("classes")
@ApplicationScoped
public class ClassLabels {

  private static final String BADGE = "tacit-class";

  private static final Map<String, String> LABELS =
      Map.of(
          "AUTOMATABLE", "Automatable",
          "AUGMENTABLE", "Augmentable",
          "LEARNING_BOUND", "Learning-bound",
          "MANUAL", "Manual",
          "UNSCORED", "Not scored");

  /**
   * The classes in the order every chart stacks and lists them, with their chart colours (as in the
   * board PDF).
   */
  public static final Map<String, String> COLOURS = Palette.TASK_CLASSES;

  /** Such as "Learning-bound"; a name this list does not know is shown as it is. */
  public String label(String taskClass) {
    return label(taskClass, Locale.ENGLISH);
  }

  /** For pages: {@code #{classes.named(c)}}, in the language of the page being rendered. */
  public String named(String taskClass) {
    return label(taskClass, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** In the reader's language, from the bundle's {@code class.*} keys. */
  public String label(String taskClass, Locale locale) {
    return taskClass == null
        ? ""
        : Words.in(locale).textOr("class." + taskClass, LABELS.getOrDefault(taskClass, taskClass));
  }

  /** The badge's CSS classes, such as {@code tacit-class tacit-class-learning-bound}. */
  public String style(String taskClass) {
    return taskClass == null || !LABELS.containsKey(taskClass)
        ? BADGE
        : BADGE + " " + BADGE + "-" + taskClass.toLowerCase().replace('_', '-');
  }
}
