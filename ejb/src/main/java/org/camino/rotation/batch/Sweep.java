package org.camino.rotation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.crypto.FieldCipher;
import org.camino.rotation.control.RotationStore;
import org.camino.rotation.control.RowSnapshot;
import org.camino.rotation.control.TableRotation;
import org.camino.rotation.control.TableShape;
import org.camino.rotation.control.Tally;

import java.util.List;
import java.util.logging.Logger;

/**
 * Step {@code sweep}: re-encrypts the few values still under an old key after
 * the main pass. They come from users' saves that began before the job
 * rewrote their row and ended after it: the application writes back the
 * ciphertext it loaded, still under the old key (same value, so nothing is
 * lost). Only rows with such values are read; a few passes, since a save can race
 * the sweep too. Unreadable values stay as they are and are not counted again.
 */
@Named("keyRotationSweep")
@Dependent
public class Sweep extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(Sweep.class.getName());
    static final int PASSES = 3;
    private static final int PAGE = 500;

    @Inject
    JobContext jobContext;

    @Inject
    RotationStore store;

    @Inject
    TableRotation rotation;

    @Inject
    RunTables runTables;

    @Inject
    FieldCipher cipher;

    private volatile boolean stopRequested;

    @Override
    public String process() {
        String currentKeyPrefix = "v1:" + cipher.currentKeyId() + ":";
        List<RotationStore.Progress> tables = store.progress(jobContext.getInstanceId());
        for (int pass = 1; pass <= PASSES; pass++) {
            long rotated = 0;
            for (RotationStore.Progress table : tables) {
                if (stopRequested) {
                    return "STOPPED";
                }
                rotated += sweep(runTables.shapeOf(table.table()), table.rowsTotal(), currentKeyPrefix);
            }
            LOG.info("Key rotation sweep, pass " + pass + ": " + rotated + " values re-encrypted");
            if (rotated == 0) {
                break;
            }
        }
        return "COMPLETED";
    }

    private long sweep(TableShape shape, long rowsCounted, String currentKeyPrefix) {
        long rotated = 0;
        String[] after = null;
        // keyset paging always moves forward; the bound only guards against a table that keeps growing
        long maxPages = rowsCounted / PAGE + 1_000;
        for (long page = 0; page < maxPages && !stopRequested; page++) {
            List<RowSnapshot> rows = store.page(shape, after, null, PAGE, currentKeyPrefix);
            if (rows.isEmpty()) {
                break;
            }
            Tally tally = rotation.rotate(rows);
            if (tally.valuesRotated() > 0 || tally.indexesRecomputed() > 0) {
                store.addSwept(jobContext.getInstanceId(), shape.name(), tally);
            }
            rotated += tally.valuesRotated();
            after = rows.get(rows.size() - 1).key();
        }
        return rotated;
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
