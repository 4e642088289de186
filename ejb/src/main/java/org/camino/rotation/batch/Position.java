package org.camino.rotation.batch;

import java.io.Serializable;

/**
 * The reader's checkpoint: the table and primary key of the last row handed
 * out. Kept by JBeret for its own bookkeeping; the resume point the reader
 * trusts is Camino's progress table (see {@link RowReader}).
 */
record Position(String table, String[] key) implements Serializable {
}
