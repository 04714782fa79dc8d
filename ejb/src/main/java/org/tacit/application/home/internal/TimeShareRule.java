package org.tacit.application.home.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.tacit.application.home.AgendaItems.ShareGap;

/**
 * A role's time shares add up when the shares its tasks give sum to 100 within a point either way,
 * for rounding in a spreadsheet, as the import allows and the inventory page flags. A role whose
 * tasks give no share adds up: its tasks share its time equally.
 */
final class TimeShareRule {

  static final BigDecimal LOWEST = BigDecimal.valueOf(99);
  static final BigDecimal HIGHEST = BigDecimal.valueOf(101);
  private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  /** The furthest from 100 first: it moves the figures most; then by title, then id. */
  static final Comparator<ShareGap> FURTHEST_OFF_FIRST =
      Comparator.comparing((ShareGap gap) -> gap.total().subtract(WHOLE).abs())
          .reversed()
          .thenComparing(ShareGap::roleTitle)
          .thenComparingLong(ShareGap::roleId);

  private TimeShareRule() {}

  static boolean addsUp(BigDecimal total) {
    return total == null || (total.compareTo(LOWEST) >= 0 && total.compareTo(HIGHEST) <= 0);
  }

  /**
   * The roles of {@code rows} ([role id, title, department code, sum of shares]) that do not add
   * up, furthest off first.
   */
  static List<ShareGap> gaps(List<Object[]> rows) {
    return rows.stream()
        .map(
            row ->
                new ShareGap(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (BigDecimal) row[3]))
        .filter(gap -> !addsUp(gap.total()))
        .sorted(FURTHEST_OFF_FIRST)
        .toList();
  }
}
