/**
 * The agenda service ({@code @Stateless}) and the small rules that decide its items. Only the home
 * capability uses this package.
 */
package org.tacit.application.home.internal;
