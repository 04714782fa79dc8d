/**
 * Who the caller is and what they may read and do, shared by every capability: the caller's scope,
 * the departments and runs in it, the limits on work at once and the security log. Depends on no
 * other capability.
 */
package org.tacit.application.access;
