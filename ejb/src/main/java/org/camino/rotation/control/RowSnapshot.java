package org.camino.rotation.control;

import java.util.Map;

/**
 * One row as the job read it: primary key (as text), row identity, and the
 * values of {@link TableShape#comparedColumns()}, ciphertexts and clear.
 * Never leaves the job; holds no plaintext.
 */
public record RowSnapshot(TableShape shape, String[] key, String uuid, Map<String, Object> values) {

    /** The row's identity only: its values are ciphertexts and blind indexes, which have no place in a log. */
    @Override
    public String toString() {
        return "RowSnapshot[uuid=" + uuid + ", columns=" + values.keySet() + "]";
    }
}
