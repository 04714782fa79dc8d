/**
 * The organisation as HR describes it: departments (and later roles and tasks). Entities guard
 * their own invariants; no service or container imports.
 */
package org.tacit.domain.model.organisation;
