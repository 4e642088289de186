package org.camino.publishing.control;

import java.util.List;

/**
 * What an attacker can learn of one suppressed cell from everything published.
 *
 * @param lower         the smallest value the cell can take given everything published: exact on small
 *                      problems, otherwise the smallest value the audit showed possible (the cell can take any
 *                      value from lower to upper; the real bounds may be wider, never narrower)
 * @param upper         the largest ({@link Double#POSITIVE_INFINITY} when nothing bounds it), same remark
 * @param requiredLower max(0, value - threshold): lower must not exceed it
 * @param requiredUpper value + threshold: upper must reach it
 * @param reason        a plain sentence: the interval, or why the cell is not safe
 */
public record CellAudit(String tableId, List<String> codes, long value, CellStatus status, double lower, double upper,
                        long requiredLower, long requiredUpper, boolean safe, String reason) {

    public CellAudit {
        codes = List.copyOf(codes);
    }
}
