package org.tacit.application.inventory;

import java.util.concurrent.Future;

/**
 * An import started on another thread: its id, by which any server shows its progress and how it
 * ended, and, on the server that runs it, the report it will answer.
 *
 * @param report what {@link InventoryService#importFile} would have answered; only the starting
 *     server has it, so a page keeps it transient and falls back on the id
 */
public record StartedImport(long id, Future<ImportReport> report) {}
