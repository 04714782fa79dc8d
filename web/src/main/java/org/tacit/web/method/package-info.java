/**
 * The Method page: docs/method.md, shipped in the WAR and rendered once per start, beside the rule
 * set that scores today. Reads rule sets through the assessment capability only.
 */
package org.tacit.web.method;
