package org.tacit.infrastructure.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tacit.domain.report.BoardReport.Amount;
import org.tacit.domain.report.BoardReport.HeldBack;

/**
 * What holds hours back, in the words the report uses: in full for the organisation's table, short
 * for column heads and for a role's line ("length 40%, learning 30%").
 */
final class HeldBackWords {

  /**
   * The reasons' keys in the bundle ({@code board.heldBack.*}), in the order of {@link
   * HeldBack#reasons()}.
   */
  private static final List<String> REASONS =
      List.of("notReady", "learning", "length", "noLength", "adoption");

  /** Reasons below this share of the hours are left out of a role's line. */
  private static final double NOTABLE = 0.005;

  private static final int ON_A_LINE = 2;

  private HeldBackWords() {}

  /** How many reasons there are. */
  static int count() {
    return REASONS.size();
  }

  /**
   * Reason {@code r} in full: "Not ready for AI (low automation readiness, or too few answers to
   * score)".
   */
  static String full(int r, Formats formats) {
    return formats.text("heldBack." + REASONS.get(r));
  }

  /** Reason {@code r} in a word or two: "not ready". */
  static String brief(int r, Formats formats) {
    return formats.text("heldBack.short." + REASONS.get(r));
  }

  /**
   * The two reasons that hold most of a role's hours back, most first, or a dash when none does.
   */
  static String mostly(HeldBack heldBack, Formats formats) {
    if (heldBack == null) {
      return Formats.NONE;
    }
    List<Amount> reasons = heldBack.reasons();
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < reasons.size(); r++) {
      Double share = reasons.get(r).share();
      if (share != null && share >= NOTABLE) {
        order.add(r);
      }
    }
    order.sort(Comparator.comparingDouble((Integer r) -> reasons.get(r).share()).reversed());
    List<String> parts = new ArrayList<>();
    for (int r : order.subList(0, Math.min(ON_A_LINE, order.size()))) {
      parts.add(brief(r, formats) + " " + formats.share(reasons.get(r).share()));
    }
    return parts.isEmpty() ? Formats.NONE : String.join(", ", parts);
  }
}
