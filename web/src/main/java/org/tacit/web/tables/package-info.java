/**
 * Tables over rows the server computed once and shares with every reader: each request filters,
 * sorts and cuts out the page it shows, so that a view keeps the reader's choices and no copy of
 * thousands of rows.
 */
package org.tacit.web.tables;
