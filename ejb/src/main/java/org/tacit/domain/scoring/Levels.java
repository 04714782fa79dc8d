package org.tacit.domain.scoring;

/** The two ways a 1–5 answer can count, and how a level is shown in a reason. */
final class Levels {

  private Levels() {}

  /** 1 counts fully against the axis, 3 is neutral, 5 counts fully for it. */
  static double rising(double level) {
    return (level - 1) / 4;
  }

  /** 1 counts fully for the axis, 3 is neutral, 5 counts fully against it. */
  static double falling(double level) {
    return (5 - level) / 4;
  }

  static String shown(double level) {
    return " (" + (int) level + "/5)";
  }
}
