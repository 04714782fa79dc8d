/**
 * File writers for inventory exports (CSV, XLSX). Every text cell is neutralised, so a cell that
 * looks like a formula never runs in the reader's spreadsheet. No persistence or web imports; the format enum is the application's.
 */
package org.tacit.infrastructure.exports;
