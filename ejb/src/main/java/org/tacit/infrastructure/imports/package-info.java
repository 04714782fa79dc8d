/**
 * Reads inventory files (CSV, XLSX) as a stream of rows for the import contract. The only place
 * that knows commons-csv and POI; no container or persistence imports.
 */
package org.tacit.infrastructure.imports;
