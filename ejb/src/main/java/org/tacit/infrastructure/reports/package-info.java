/**
 * The board report as a PDF (OpenPDF, charts by JFreeChart drawn as vector graphics), from a plain
 * record of figures the application gathers. No persistence, container or web imports, so it renders
 * in a unit test or a benchmark as it does in the server.
 */
package org.tacit.infrastructure.reports;
