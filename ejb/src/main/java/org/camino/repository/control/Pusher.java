package org.camino.repository.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * One push: claims the schedule (one server at a time), sends the unsent
 * records batch by batch in their order, marks each acknowledged batch sent,
 * and on the first failure records it and backs off. A crash mid-push leaves
 * the batch unsent; it goes again, and HQ counts it once. A push that
 * succeeded also sends HQ an anchor of the access log ({@link AnchorPush}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Pusher {

    /** Batches per push, so that one push ends; the next tick goes on (catch-up after a long outage). */
    static final int MAX_BATCHES = 100;

    private static final Logger LOG = Logger.getLogger(Pusher.class.getName());

    public record Summary(boolean claimed, int batches, int records, String error) {
    }

    @Inject
    OutboxStore store;

    @Inject
    Transfer transfer;

    @Inject
    Settings settings;

    @Inject
    AnchorPush anchors;

    /** Pushes if due ({@code force}: now, whatever the backoff says). */
    public Summary push(boolean force) {
        if (!store.claim(force)) {
            return new Summary(false, 0, 0, null);
        }
        int batches = 0;
        int records = 0;
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                List<OutboxStore.Row> rows = store.unsent(settings.cdrBatchSize());
                if (rows.isEmpty()) {
                    break;
                }
                UUID batchId = UUID.randomUUID();
                Transfer.Result result = transfer.send(batchId, rows);
                store.attempt(batchId, rows.size(), result.outcome().name(),
                        result.outcome() == Transfer.Outcome.ACCEPTED ? null : result.detail());
                if (result.outcome() != Transfer.Outcome.ACCEPTED) {
                    LOG.warning("Statistical records not sent to HQ (" + result.outcome() + "): " + result.detail());
                    store.failed(result.outcome() + ": " + result.detail());
                    return new Summary(true, batches, records, result.detail());
                }
                store.markSent(rows.stream().map(OutboxStore.Row::seq).toList(), batchId);
                store.renew();
                batches++;
                records += rows.size();
            }
            store.succeeded();
            anchors.sendIfMoved(force);
            return new Summary(true, batches, records, null);
        } catch (RuntimeException e) {
            store.failed("push failed: " + e);
            throw e;
        } finally {
            store.release();
        }
    }
}
