package org.camino.rotation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.rotation.control.ChunkSize;
import org.camino.rotation.control.RotationStore;
import org.camino.rotation.control.RowSnapshot;
import org.camino.rotation.control.TableShape;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Step {@code rotate}, reading: the run's tables one after the other, each in
 * primary-key order, a page at a time, from just after the last row done up
 * to the last row counted at the start.
 * <p>
 * Where to resume comes from Camino's progress table, not from JBeret's
 * checkpoint: the progress row is updated in the chunk's own transaction,
 * while the job repository (another data source) saves the checkpoint
 * outside it, so after a crash only the progress row is sure to match what
 * was committed.
 */
@Named("keyRotationReader")
@Dependent
public class RowReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    RotationStore store;

    @Inject
    RunTables runTables;

    @Inject
    @BatchProperty
    String pageSize;

    private static final class Cursor {
        final TableShape shape;
        final String[] upperKey;
        String[] afterKey;

        Cursor(TableShape shape, String[] upperKey, String[] afterKey) {
            this.shape = shape;
            this.upperKey = upperKey;
            this.afterKey = afterKey;
        }
    }

    private final List<Cursor> cursors = new ArrayList<>();
    private final Deque<RowSnapshot> buffer = new ArrayDeque<>();
    private int current;
    private Position lastHandedOut;

    @Override
    public void open(Serializable checkpoint) {
        for (RotationStore.Progress table : store.progress(jobContext.getInstanceId())) {
            if (table.upperKey() != null) { // null: the table was empty when the run started
                cursors.add(new Cursor(runTables.shapeOf(table.table()), table.upperKey(), table.lastKey()));
            }
        }
        lastHandedOut = checkpoint instanceof Position position ? position : null;
    }

    @Override
    public Object readItem() {
        // each turn either fills the buffer or moves to the next table, so this ends
        while (buffer.isEmpty()) {
            if (current >= cursors.size()) {
                return null;
            }
            Cursor cursor = cursors.get(current);
            List<RowSnapshot> page = store.page(cursor.shape, cursor.afterKey, cursor.upperKey, pageSize(), null);
            if (page.isEmpty()) {
                current++;
            } else {
                buffer.addAll(page);
                cursor.afterKey = page.get(page.size() - 1).key();
            }
        }
        RowSnapshot row = buffer.poll();
        lastHandedOut = new Position(row.shape().name(), row.key());
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastHandedOut;
    }

    private int pageSize() {
        return ChunkSize.parse(pageSize);
    }
}
