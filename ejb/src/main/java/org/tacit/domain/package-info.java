/**
 * The domain of Tacit: organisations, roles, tasks and the rules that score them. Plain Java and
 * JPA mapping only; nothing here knows about EJB, Faces, HTTP or PDF.
 */
package org.tacit.domain;
