package org.tacit.domain.scenario;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * One measured AI task horizon: the length of task, in hours a skilled person takes, that a model
 * completes at 50 % success (and at 80 %, where published), with where the figure comes from.
 *
 * <p>{@code measured} is the month the measured capability existed, that is the model's release,
 * which is how METR date the points they fit a trend to; the date the measurement was published
 * belongs in {@code source}. A figure found only in someone else's report of it is {@code
 * secondHand}, and its source says so.
 *
 * @param eightyPercentHours the 80 % horizon, or null when not published
 * @param source the citation with its date, e.g. "METR, Time Horizon 1.1, 2026-01-29"
 */
public record HorizonPoint(
    YearMonth measured,
    String model,
    double fiftyPercentHours,
    Double eightyPercentHours,
    String source,
    boolean secondHand)
    implements Serializable {

  /** The longest model name kept. */
  public static final int LONGEST_MODEL = 100;

  /** The longest citation kept. */
  public static final int LONGEST_SOURCE = 500;

  /**
   * A century of work at a stretch: beyond any task an inventory holds, and beyond any measurement.
   */
  public static final double MOST_HOURS = 1_000_000;

  /** The first year a horizon can have been measured in; older dates are typing mistakes. */
  public static final int FIRST_YEAR = 1950;

  public static final int LAST_YEAR = 9999;

  public HorizonPoint {
    requireNonNull(measured, "A measured horizon needs the month it was measured for.");
    require(
        measured.getYear() >= FIRST_YEAR && measured.getYear() <= LAST_YEAR,
        "A horizon is measured for a month in "
            + FIRST_YEAR
            + "–"
            + LAST_YEAR
            + ", not "
            + measured
            + ".");
    model = text(model, "model", LONGEST_MODEL);
    source = text(source, "source", LONGEST_SOURCE);
    requireHours(fiftyPercentHours, "50 %");
    if (eightyPercentHours != null) {
      requireHours(eightyPercentHours, "80 %");
      require(
          eightyPercentHours <= fiftyPercentHours,
          "The 80 % horizon ("
              + eightyPercentHours
              + " h) cannot be longer than the 50 % one ("
              + fiftyPercentHours
              + " h): more reliable means shorter.");
    }
  }

  /** The 80 % horizon as a share of the 50 % one, where both are published. */
  public OptionalDouble reliableShare() {
    return eightyPercentHours == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(eightyPercentHours / fiftyPercentHours);
  }

  private static void requireHours(double hours, String level) {
    require(
        Double.isFinite(hours) && hours > 0 && hours <= MOST_HOURS,
        "The "
            + level
            + " horizon is a number of hours above 0 and at most "
            + (long) MOST_HOURS
            + ", not "
            + hours
            + ".");
  }

  private static String text(String value, String what, int longest) {
    require(value != null && !value.isBlank(), "A measured horizon needs its " + what + ".");
    String stripped = value.strip();
    require(
        stripped.length() <= longest,
        "A horizon's "
            + what
            + " has at most "
            + longest
            + " characters, not "
            + stripped.length()
            + ".");
    return stripped;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
