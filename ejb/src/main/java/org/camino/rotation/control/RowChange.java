package org.camino.rotation.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the job writes to one row: new ciphertexts and recomputed indexes by
 * column (empty: nothing to write), and what it counted on the way.
 */
public record RowChange(Map<String, Object> newValues, int valuesRotated, int indexesRecomputed, int valuesUnreadable) {

    public RowChange {
        newValues = Collections.unmodifiableMap(new LinkedHashMap<>(newValues)); // an index may become null
    }

    /** Counts only: the new values are ciphertexts and blind indexes, which have no place in a log. */
    @Override
    public String toString() {
        return "RowChange[columns=" + newValues.size() + ", valuesRotated=" + valuesRotated + ", indexesRecomputed="
                + indexesRecomputed + ", valuesUnreadable=" + valuesUnreadable + "]";
    }

    public boolean isEmpty() {
        return newValues.isEmpty();
    }
}
