/**
 * What the portal does when it starts and how it tells it is up: the system status. Its loaders use
 * other capabilities only through their public interfaces.
 */
package org.tacit.application.startup;
