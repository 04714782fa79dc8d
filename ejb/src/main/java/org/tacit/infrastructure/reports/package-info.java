/**
 * The board report as a PDF (OpenPDF, charts by JFreeChart drawn as vector graphics), from the
 * board report's figures ({@link org.tacit.domain.report.BoardReport}) the application gathers. No
 * application, persistence, container or web imports, so it renders in a unit test or a benchmark
 * as it does in the server.
 */
package org.tacit.infrastructure.reports;
