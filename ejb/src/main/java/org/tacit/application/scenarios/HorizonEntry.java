package org.tacit.application.scenarios;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * A measured horizon as an administrator types it, before it is checked: any value may be missing
 * or wrong, and the service says which.
 *
 * @param measured the month the measured model was released
 * @param eightyPercentHours null when the source publishes no 80 % horizon
 * @param source the citation with its date; say "second-hand" there too when it is
 */
public record HorizonEntry(
    YearMonth measured,
    String model,
    Double fiftyPercentHours,
    Double eightyPercentHours,
    String source,
    boolean secondHand)
    implements Serializable {}
