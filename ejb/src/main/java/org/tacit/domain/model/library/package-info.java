/**
 * The O*NET occupation library: occupations and their tasks as the U.S. Department of Labor
 * publishes them, and the estimates Tacit derives from them (task facts, default time shares).
 * JPA-mapped entities in plain Java: no container, file-format or infrastructure imports.
 */
package org.tacit.domain.model.library;
