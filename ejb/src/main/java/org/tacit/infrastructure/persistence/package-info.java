/** JPA and JDBC adapters: schema migration and repositories. Only application/internal uses them. */
package org.tacit.infrastructure.persistence;
