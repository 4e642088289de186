package org.camino.rotation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.rotation.control.EncryptedColumns;
import org.camino.rotation.control.EncryptedTable;
import org.camino.rotation.control.RotationStore;
import org.camino.rotation.control.TableShape;

import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code count}: fixes the rows of each table this run will do, those up
 * to the last primary key that exists now. Rows added later are written
 * under the current keys by the application itself.
 */
@Named("keyRotationCounter")
@Dependent
public class TableCounter extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Inject
    EncryptedColumns columns;

    @Inject
    RotationStore store;

    @Override
    public String process() {
        if (!columns.problems().isEmpty()) {
            throw new IllegalStateException("Encrypted columns that key rotation cannot handle: " + columns.problems());
        }
        List<RotationStore.TableStart> tables = new ArrayList<>();
        for (EncryptedTable table : columns.tables()) {
            TableShape shape = store.shape(table);
            String[] upperKey = store.lastKey(shape);
            long rows = upperKey == null ? 0 : store.countUpTo(shape, upperKey);
            tables.add(new RotationStore.TableStart(table.name(), tables.size(), rows, upperKey));
        }
        // a restart of a run that failed after this step keeps the counts it began with
        return store.startProgress(jobContext.getInstanceId(), tables) ? "COUNTED" : "ALREADY_COUNTED";
    }
}
