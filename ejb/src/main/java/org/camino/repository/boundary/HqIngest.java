package org.camino.repository.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.NotSignedInException;
import org.camino.repository.control.Ingest;
import org.camino.repository.control.NodeCredentials;
import org.camino.security.control.Guarded;
import org.camino.security.control.Public;

import java.util.List;

/**
 * HQ's door for mission nodes: a batch of statistical records with the node
 * credential HQ issued. Not a user's call: the credential is checked here,
 * then the node's mission scope, the schema and every code (Ingest).
 */
@Stateless
@Guarded
public class HqIngest {

    /** HQ's answer to a batch: ACCEPTED (applied: changed the store; ignored: already there or older), REJECTED, REFUSED. */
    public record Receipt(String batchId, String outcome, int records, int applied, int ignored, List<String> errors) {
    }

    @Inject
    Settings settings;

    @Inject
    NodeCredentials credentials;

    @Inject
    Ingest ingest;

    /**
     * @param credential the node credential (the bearer token of the request)
     * @param body       the batch, JSON
     * @return the acknowledgement: ACCEPTED (applied idempotently), REJECTED
     *         (bad input, nothing stored) or REFUSED (another mission's records)
     */
    @Public("mission nodes; authenticated here by their node credential, scoped to their missions")
    public Receipt receive(String credential, String body) {
        if (!settings.holdsRepository()) {
            throw new NotFoundException("Central data repository");
        }
        NodeCredentials.Node node = credentials.verify(credential).orElseThrow(NotSignedInException::new);
        Ingest.Ack ack = ingest.receive(node, body);
        return new Receipt(ack.batchId(), ack.outcome().name(), ack.records(), ack.applied(), ack.ignored(), ack.errors());
    }
}
