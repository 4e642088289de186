package org.camino.imports.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an accepted import in the background: reads the staged file again,
 * and writes its rows as cases in chunks of {@value #CHUNK}, {@link #WORKERS}
 * chunks side by side, each in a transaction of its own with its rows marked
 * done ({@link ImportChunks}). The file is marked done only when every row
 * is. A run that stops (crash, restart, a failed chunk) is resumed by
 * {@link ImportRecovery}; the rows already committed are not written again.
 */
@Stateless
public class ImportRunner {

    static final int CHUNK = 500;
    static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    ImportChunks chunks;

    @Inject
    ImportRunner self;

    /** @param subject the importing user's, so that the history's revisions name them; null when resumed */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long fileId, Subject subject) {
        try {
            chunks.unfinished(fileId).ifPresent(staged -> write(staged, subject));
        } catch (RuntimeException e) {
            // the run stops here; ImportRecovery resumes it once its heartbeat is old
            LOG.log(Level.WARNING, "Import " + fileId + " stopped; it will be resumed", e);
        }
    }

    private void write(ImportChunks.Staged staged, Subject subject) {
        long started = System.nanoTime();
        Sheet sheet = SheetReader.read(staged.content());
        List<RowForms.Problem> problems = new ArrayList<>();
        List<RowForms.RowForm> rows = new RowForms(sheet.header())
                .forms(sheet, staged.type().name(), staged.missionCode(), problems).stream()
                .filter(r -> !staged.skippedRows().contains(r.row())).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The staged file of import " + staged.id() + " no longer reads as checked");
        }
        Deque<Future<Integer>> inFlight = new ArrayDeque<>();
        RuntimeException failure = null;
        for (int first = 0; first < rows.size() && failure == null; first += CHUNK) {
            if (inFlight.size() == WORKERS) {
                failure = waitFor(inFlight.poll(), failure);
            }
            inFlight.add(self.chunk(staged, rows.subList(first, Math.min(rows.size(), first + CHUNK)), subject));
        }
        while (!inFlight.isEmpty()) {
            failure = waitFor(inFlight.poll(), failure);
        }
        if (failure != null) {
            throw failure;
        }
        if (chunks.finish(staged.id(), rows.size())) {
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            LOG.info(() -> "Import " + staged.id() + ": " + rows.size() + " rows in " + millis + " ms");
        }
    }

    /** One chunk on a container thread, the user's subject bound while its transaction runs. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Integer> chunk(ImportChunks.Staged staged, List<RowForms.RowForm> rows, Subject subject) {
        return new AsyncResult<>(subject == null ? chunks.write(staged, rows)
                : subject.execute(() -> chunks.write(staged, rows)));
    }

    private static RuntimeException waitFor(Future<Integer> chunk, RuntimeException failure) {
        try {
            chunk.get();
            return failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure != null ? failure : new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            return failure != null ? failure : cause;
        }
    }
}
