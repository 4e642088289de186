/**
 * Publishing: what leaves Camino for the public, built from the central data
 * repository alone (HQ's {@code cdr_record}, pseudonyms and codes only) with
 * disclosure control applied. The counter-trafficking microdata extract
 * ({@code control.CtExtractRecords}, {@code control.CtMicrodataExtract},
 * {@code control.CtMicrodataWriter}) releases one row per victim in the shape
 * of CTDC's public data set, k-anonymous (k = 11) and l-diverse (l = 2).
 * <p>
 * Depends only on repository, platform, security and outside libraries
 * (ArchitectureTest); never on crypto.
 */
package org.camino.publishing;
