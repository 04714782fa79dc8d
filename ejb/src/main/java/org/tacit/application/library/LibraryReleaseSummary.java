package org.tacit.application.library;

import java.io.Serializable;
import java.time.Instant;

/**
 * The release the library holds, and the attribution line to show wherever its content appears (the
 * library page's footer, report appendices).
 */
public record LibraryReleaseSummary(
    String name,
    String attribution,
    Instant loadedAt,
    String loadedBy,
    long occupations,
    long tasks)
    implements Serializable {}
