package org.camino.synthetic.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.shiro.subject.Subject;

import java.util.List;
import java.util.concurrent.Future;

/**
 * Writes one chunk on a container thread, so that chunks go side by side:
 * while one waits for PostgreSQL, another encrypts. The caller's Shiro
 * subject is bound for the duration, so that Envers stamps the revision with
 * the same user as a chunk written on the request thread.
 */
@Stateless
public class ChunkWorker {

    @Inject
    SyntheticCases writer;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<SyntheticCases.Written> write(CasePlanner planner, long first, int count,
                                                List<SyntheticMission> missions, String username, Subject subject) {
        // the chunk's transaction starts inside writeChunk, while the subject is bound
        return new AsyncResult<>(subject == null
                ? writer.writeChunk(planner.plan(first, count), missions, username)
                : subject.execute(() -> writer.writeChunk(planner.plan(first, count), missions, username)));
    }
}
