/**
 * The inventory import contract, whatever the file format: which columns, which values, which
 * problems, and the draft a valid file becomes. Plain Java; no commons-csv, POI, container or
 * persistence imports.
 */
package org.tacit.domain.model.inventory.imports;
