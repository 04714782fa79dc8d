package org.tacit.application.library;

/**
 * What loading a release put into the library.
 *
 * @param ratedTasks tasks with both a frequency and an importance rating (from Task Ratings.txt)
 */
public record LibraryImportReport(String release, int occupations, int tasks, int ratedTasks) {}
