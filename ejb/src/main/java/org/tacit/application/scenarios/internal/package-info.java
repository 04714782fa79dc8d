/**
 * The scenario and horizon services ({@code @Stateless}), the presets loaded at start and the
 * checks on each change. Only the scenarios capability uses this package.
 */
package org.tacit.application.scenarios.internal;
