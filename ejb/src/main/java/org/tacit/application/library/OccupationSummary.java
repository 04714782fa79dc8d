package org.tacit.application.library;

/** An occupation as a search result lists it. */
public record OccupationSummary(String code, String title, long taskCount) {}
