package org.tacit.application.library;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A task of an occupation as its page shows it.
 *
 * @param type "Core" or "Supplemental"; null where O*NET marks neither
 * @param frequencyPerWorkday expected occurrences per workday; null when O*NET has no rating
 * @param importance 1–5; null when O*NET has no rating
 * @param defaultSharePct the share of working time a role made of all the occupation's tasks gives
 *     it; the shares of an occupation add up to 100.00
 */
public record OccupationTaskSummary(
    long taskId,
    String statement,
    String type,
    BigDecimal frequencyPerWorkday,
    BigDecimal importance,
    BigDecimal defaultSharePct)
    implements Serializable {}
