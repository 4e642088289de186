/**
 * Mission reports. The statistical reports count the mission's own
 * statistical records ({@code stat_record}, kept by the repository's outbox
 * writer: exactly what the mission sends to the central data repository);
 * HQ analysts run the same reports on HQ's store ({@code cdr_record}) with the
 * same SQL text, so a mission's figure and HQ's figure for that mission are
 * equal by construction; counts of records read each store's totals, kept by
 * triggers ({@code stat_total}, V34; {@code cdr_stat_total} and
 * {@code cdr_stat_code_total}, V44). The caseload reports read the live case
 * tables' coded columns (type, status, dates, closure reason).
 * <p>
 * Works on clear statistical data only: never {@code crypto}, never an entity
 * holding an encrypted field (ArchitectureTest). Counter-trafficking figures
 * appear only for missions where the caller holds the counter-trafficking
 * permission.
 */
package org.camino.reporting;
