package org.camino.rotation.boundary;

import org.camino.rotation.control.RotationStore;

import java.io.Serializable;

/** How far a run got in one table; counts only, never values. */
public record TableProgress(String table, long rowsTotal, long rowsDone, int percent, long valuesRotated,
                            long indexesRecomputed, long valuesUnreadable) implements Serializable {

    static TableProgress of(RotationStore.Progress progress) {
        long total = progress.rowsTotal();
        int percent = total == 0 ? 100 : (int) Math.min(100, progress.rowsDone() * 100 / total);
        return new TableProgress(progress.table(), total, progress.rowsDone(), percent, progress.valuesRotated(),
                progress.indexesRecomputed(), progress.valuesUnreadable());
    }
}
