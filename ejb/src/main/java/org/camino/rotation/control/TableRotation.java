package org.camino.rotation.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Rotates a batch of rows of one table, in the caller's transaction. A row a
 * user saved between read and write fails the compare-and-set; it is read
 * again and retried a few times, and otherwise left for the sweep step (a
 * user's save may even have rotated it already, since users write under the current key).
 */
@Stateless
public class TableRotation {

    private static final Logger LOG = Logger.getLogger(TableRotation.class.getName());
    static final int ATTEMPTS = 3;

    @Inject
    RotationStore store;

    @Inject
    RowRotator rotator;

    public Tally rotate(List<RowSnapshot> rows) {
        return rotate(rows, Set.of());
    }

    /** As {@link #rotate(List)}, also encrypting the clear values of these formerly clear columns (labels). */
    public Tally rotate(List<RowSnapshot> rows, Set<String> formerlyClear) {
        Tally tally = Tally.NONE;
        for (RowSnapshot row : rows) {
            tally = tally.plus(rotate(row, formerlyClear));
        }
        return tally;
    }

    private Tally rotate(RowSnapshot read, Set<String> formerlyClear) {
        RowSnapshot row = read;
        for (int attempt = 1; attempt <= ATTEMPTS && row != null; attempt++) {
            RowChange change = rotator.changeFor(row, formerlyClear);
            if (change.isEmpty() || store.compareAndSet(row, change.newValues()) == 1) {
                return Tally.ofRow(change);
            }
            row = store.row(read.shape(), read.key()); // changed meanwhile: look at it again
        }
        if (row != null) {
            LOG.info("Key rotation: row " + read.uuid() + " of " + read.shape().name()
                    + " kept changing; the sweep step will take it up");
        }
        return new Tally(1, 0, 0, 0);
    }
}
