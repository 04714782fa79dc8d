/**
 * Every word a user reads, in their language: the one message bundle ({@code messages.properties}
 * and its translations beside this package) and {@link org.tacit.text.Words}, which fills its
 * sentences with plurals, numbers, currency and dates as the reader's locale writes them. Pages,
 * API problems and the board PDF all take their words from here, so this package imports nothing of
 * the project: every layer may use it.
 */
package org.tacit.text;
