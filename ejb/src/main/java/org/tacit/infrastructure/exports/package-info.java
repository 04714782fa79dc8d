/**
 * File writers for inventory exports (CSV, XLSX). Every text cell is neutralised, so a cell that
 * looks like a formula never runs in the reader's spreadsheet. No persistence, web or application
 * imports; the format enum is the domain's ({@link org.tacit.domain.report.ExportFormat}).
 */
package org.tacit.infrastructure.exports;
