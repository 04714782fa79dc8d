/**
 * What a report is made of, apart from how it is computed or drawn: the board report's figures as
 * plain records, which the application builds and the PDF renderer lays out, and the table formats
 * exports are written in. Plain Java: imports nothing of the application or of any adapter.
 */
package org.tacit.domain.report;
