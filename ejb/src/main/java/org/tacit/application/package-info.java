/**
 * The business layer's services, one subpackage per capability (inventory, library, assessment,
 * scenarios, reports, economy), with access (who the caller is) and startup beside them; here only
 * the refusals every capability shares. Each capability speaks through the interfaces and records at
 * its top; its internal package is its own, and capabilities depend on each other without cycles.
 */
package org.tacit.application;
