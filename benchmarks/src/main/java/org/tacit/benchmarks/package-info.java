/**
 * Load runs of the real code outside the server: the import of a generated file with the real
 * readers and importer on H2 and PostgreSQL, the reassessment of a whole organisation, and the
 * scorer under JMH; beside the import and the reassessment, the same rows written by plain JDBC
 * batch and COPY, as a baseline of what the hardware allows. Nothing here is deployed; it may
 * import anything.
 */
package org.tacit.benchmarks;
