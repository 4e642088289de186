package org.camino.publishing.control;

import java.util.List;

/**
 * One cell after protection.
 *
 * @param codes     one code per dimension, {@link Cell#TOTAL} for a total
 * @param value     the true count: kept at HQ (audits, later releases), never published
 * @param published the rounded count, null when suppressed
 */
public record ProtectedCell(List<String> codes, long value, Long published, CellStatus status) {

    public ProtectedCell {
        codes = List.copyOf(codes);
        if ((published == null) != (status != CellStatus.FREE)) {
            throw new IllegalArgumentException("Cell " + codes + ": a cell is published exactly when it is FREE");
        }
    }

    public boolean suppressed() {
        return status != CellStatus.FREE;
    }
}
