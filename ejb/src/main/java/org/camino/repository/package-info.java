/**
 * The central data repository (CDR). Mission side: every statistical record
 * the case areas announce (a CDI event of
 * {@link org.camino.platform.statistics.StatisticalRecord}, observed in the
 * transaction of the change) goes into the outbox {@code cdr_outbox}; a timer
 * pushes unsent records in batches to HQ over HTTP with the node credential HQ
 * issued, retries with backoff and marks them sent on acknowledgement. HQ
 * side: the node's credential and mission scope are checked, the batch is
 * validated as a whole (schema, fields, code lists) and applied idempotently
 * to {@code cdr_record}, partitioned by month (same record and version twice
 * counts once; an older version after a newer one is ignored; a tombstone
 * removes a case's records for good). In {@code both} mode a server pushes to
 * itself over loopback through the same code.
 * <p>
 * Without any connectivity, a mission exports its unacknowledged records in a
 * signed batch file ({@link org.camino.repository.boundary.BatchFiles}) and
 * HQ imports it through the same ingest; the signature is made and checked
 * through {@code security.control.BatchSignatures} (the key is
 * {@code crypto}'s), against the public key HQ registered for the node.
 * <p>
 * Works on clear statistical data only: never {@code crypto}, never an entity
 * holding an encrypted field (ArchitectureTest). Pseudonyms are computed by
 * the case side; HQ never holds the key.
 */
package org.camino.repository;
