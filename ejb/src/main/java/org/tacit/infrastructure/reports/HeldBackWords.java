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

  /** In the order of {@link HeldBack#reasons()}. */
  static final List<String> LONG = List.of(
      "Not ready for AI (low automation readiness, or too few answers to score)",
      "Ready, but need learning on the job, which AI does not do yet",
      "Ready, but longer than the AI horizon at the reliability their error cost needs",
      "Ready, but nobody has said how long they take",
      "Substitutable, not yet in use (adoption) or too scattered to remove (capture)");

  /** In the order of {@link HeldBack#reasons()}. */
  static final List<String> SHORT = List.of("not ready", "learning", "length", "no length", "adoption");

  /** Reasons below this share of the hours are left out of a role's line. */
  private static final double NOTABLE = 0.005;
  private static final int ON_A_LINE = 2;

  private HeldBackWords() {}

  /** The two reasons that hold most of a role's hours back, most first, or a dash when none does. */
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
      parts.add(SHORT.get(r) + " " + formats.share(reasons.get(r).share()));
    }
    return parts.isEmpty() ? Formats.NONE : String.join(", ", parts);
  }
}
