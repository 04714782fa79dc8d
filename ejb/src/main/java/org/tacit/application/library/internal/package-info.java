/**
 * The library's {@code @Stateless} service, the writer that replaces a release and the maker of
 * roles from occupations. Only the library capability uses this package.
 */
package org.tacit.application.library.internal;
