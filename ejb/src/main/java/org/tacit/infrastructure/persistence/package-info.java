/**
 * JPA and JDBC adapters: schema migration and repositories, used by the capabilities' internal
 * packages. Imports nothing of the application.
 */
package org.tacit.infrastructure.persistence;
