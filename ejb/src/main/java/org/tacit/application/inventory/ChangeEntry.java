package org.tacit.application.inventory;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a role's history as the page shows it; before or after is null when there was none.
 */
public record ChangeEntry(
    Instant at, String actor, String action, String subject, String before, String after)
    implements Serializable {}
