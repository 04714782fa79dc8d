/**
 * The home page: what needs doing in the caller's departments, each item linked to where it is
 * fixed, or the first steps in an organisation with nothing in it yet. Talks to the agenda service
 * only, in its DTOs.
 */
package org.tacit.web.home;
