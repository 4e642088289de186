package org.camino.reporting.boundary;

import java.time.Instant;

/**
 * A stored monthly report file of a mission (without its bytes).
 *
 * @param month  {@code 2026-11}
 * @param format pdf or xlsx
 * @param size   bytes
 */
public record MonthlyReport(long id, String mission, String month, String format, String filename, long size,
                            Instant producedAt) {
}
