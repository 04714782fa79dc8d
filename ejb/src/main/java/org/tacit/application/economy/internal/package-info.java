/**
 * The economy built once and kept, its employment weights and the published estimates beside it.
 * Only the economy capability uses this package.
 */
package org.tacit.application.economy.internal;
