/**
 * Load runs of the real import outside the server: a generated file, the real readers and
 * importer, Hibernate on H2 and PostgreSQL. Nothing here is deployed; it may import anything.
 */
package org.tacit.benchmarks;
