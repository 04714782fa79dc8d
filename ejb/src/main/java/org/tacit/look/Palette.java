package org.tacit.look;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The colours of the figures, as {@code #rrggbb}, the same in the Reports page's charts and in the
 * board PDF: a scenario by its place in the list of scenarios (the presets first, as both list
 * them), each figure kind, the two ends of an assumption's swing, and the task classes of the
 * badges. A screen and a printout of the same figure then look alike.
 */
public final class Palette {

  /** What a line of the trend shows: the naive exposure, the technical, or the realistic figure. */
  public enum Figure {
    NAIVE("#c2410c"),
    TECHNICAL("#6b7280"),
    REALISTIC("#1d4ed8");

    private final String colour;

    Figure(String colour) {
      this.colour = colour;
    }

    public String colour() {
      return colour;
    }
  }

  /**
   * Realistic substitution per scenario; the first (Base) in the colour of the realistic figure.
   * None is orange or grey, so no scenario's line is taken for the naive or the technical one.
   */
  private static final List<String> SCENARIOS =
      List.of(
          Figure.REALISTIC.colour(),
          "#15803d",
          "#7c3aed",
          "#be185d",
          "#0f766e",
          "#0891b2",
          "#4d7c0f",
          "#1e3a8a");

  /** An assumption at its cautious value. */
  public static final String CAUTIOUS = "#b45309";

  /** An assumption at its fast value. */
  public static final String FAST = "#1d4ed8";

  /** The task classes in the order every chart stacks and lists them, with their colours. */
  public static final Map<String, String> TASK_CLASSES = taskClasses();

  private Palette() {}

  /** The colour of the scenario at {@code position} (from 0) in the list of scenarios. */
  public static String scenario(int position) {
    return SCENARIOS.get(Math.floorMod(position, SCENARIOS.size()));
  }

  /** How many scenarios have a colour of their own before the colours repeat. */
  public static int scenarioColours() {
    return SCENARIOS.size();
  }

  private static Map<String, String> taskClasses() {
    Map<String, String> colours = new LinkedHashMap<>();
    colours.put("AUTOMATABLE", "#c2410c");
    colours.put("AUGMENTABLE", "#1d4ed8");
    colours.put("LEARNING_BOUND", "#15803d");
    colours.put("MANUAL", "#6b7280");
    colours.put("UNSCORED", "#d1d5db");
    return Collections.unmodifiableMap(colours);
  }
}
