package org.tacit.application.scenarios;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * A scenario's rule applied to real work AI was measured doing, beside the rate measured: "this
 * scenario's rule gives 2.8 % of work like the Remote Labor Index's (11.5 h, moderate error cost,
 * October 2025) done; RLI measured 2.5 %". It holds when the two are within a factor of two.
 *
 * @param work what was measured, "Remote Labor Index, best agent"
 * @param typicalHours the median length of that work, in a person's hours
 * @param errorCost the error cost (1–5) such work has
 * @param measuredRate the share done to the client's standard, 0–1
 * @param predicted the share the scenario's rule gives such work at {@code measured}, 0–1
 * @param holds whether the prediction is within {@code factor} of the measured rate, either way
 */
public record RealWorkComparison(
    long scenarioId,
    String scenarioName,
    String work,
    YearMonth measured,
    double typicalHours,
    int errorCost,
    double measuredRate,
    double predicted,
    double factor,
    boolean holds,
    String source)
    implements Serializable {}
