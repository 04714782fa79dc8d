/**
 * The task inventory: departments, roles and tasks as HR describes them, their import and export
 * and the confirmation of estimated answers. The interfaces and records here are what other
 * capabilities and the web module may use; the implementations are in {@code internal}.
 */
package org.tacit.application.inventory;
