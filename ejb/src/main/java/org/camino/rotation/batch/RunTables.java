package org.camino.rotation.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.rotation.control.EncryptedColumns;
import org.camino.rotation.control.RotationStore;
import org.camino.rotation.control.TableShape;

/** Turns a table name of a run's progress back into what the job reads and writes. */
@ApplicationScoped
class RunTables {

    @Inject
    EncryptedColumns columns;

    @Inject
    RotationStore store;

    TableShape shapeOf(String table) {
        return store.shape(columns.table(table).orElseThrow(() -> new IllegalStateException(
                "Table " + table + " is part of this run but no entity maps its encrypted columns any more")));
    }
}
