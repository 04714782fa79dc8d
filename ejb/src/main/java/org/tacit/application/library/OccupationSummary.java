package org.tacit.application.library;

import java.io.Serializable;

/** An occupation as a search result lists it. */
public record OccupationSummary(String code, String title, long taskCount)
    implements Serializable {}
