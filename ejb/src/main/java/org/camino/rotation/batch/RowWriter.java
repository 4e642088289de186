package org.camino.rotation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.rotation.control.RotationStore;
import org.camino.rotation.control.RowSnapshot;
import org.camino.rotation.control.TableRotation;
import org.camino.rotation.control.Tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step {@code rotate}, writing: re-encrypts a chunk's rows and, in the same
 * transaction, adds them to their table's progress and moves its resume point.
 */
@Named("keyRotationWriter")
@Dependent
public class RowWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    TableRotation rotation;

    @Inject
    RotationStore store;

    /** Test hook (demo mode only, see KeyRotation): fail once this many rows are done in this execution. */
    @Inject
    @BatchProperty
    String failAfterRows;

    private long rowsWritten;

    @Override
    public void writeItems(List<Object> items) {
        failIfAskedTo();
        // a chunk may end one table and begin the next
        Map<String, List<RowSnapshot>> byTable = new LinkedHashMap<>();
        for (Object item : items) {
            RowSnapshot row = (RowSnapshot) item;
            byTable.computeIfAbsent(row.shape().name(), table -> new ArrayList<>()).add(row);
        }
        byTable.forEach((table, rows) -> {
            Tally tally = rotation.rotate(rows);
            store.advance(jobContext.getInstanceId(), table, tally, rows.get(rows.size() - 1).key());
        });
        rowsWritten += items.size();
    }

    private void failIfAskedTo() {
        if (failAfterRows != null && !failAfterRows.isBlank() && rowsWritten >= Long.parseLong(failAfterRows.trim())) {
            throw new IllegalStateException("Key rotation failing on purpose after " + rowsWritten
                    + " rows (CAMINO_TEST_FAIL_ROTATION_AFTER, demo mode)");
        }
    }
}
