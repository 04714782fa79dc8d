package org.tacit.application.scenarios;

import java.io.Serializable;
import java.time.Instant;
import org.tacit.domain.scenario.HorizonPoint;

/**
 * A measured horizon as the portal keeps it.
 *
 * @param shipped part of the evidence Tacit ships, which cannot be removed
 * @param addedBy who added it, or "Tacit" for a shipped point
 */
public record HorizonRecord(
    long id, HorizonPoint point, boolean shipped, String addedBy, Instant addedAt)
    implements Serializable {}
