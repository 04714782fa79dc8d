/**
 * The assessment services ({@code @Stateless}), background runs and their ledger. Only the
 * assessment capability uses this package.
 */
package org.tacit.application.assessment.internal;
