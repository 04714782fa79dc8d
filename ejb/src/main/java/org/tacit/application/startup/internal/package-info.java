/**
 * The start-up loaders ({@code @Singleton @Startup}: demo organisation, starter library,
 * interrupted runs, the economy's warm-up) and the status check. Only the startup capability uses
 * this package.
 */
package org.tacit.application.startup.internal;
