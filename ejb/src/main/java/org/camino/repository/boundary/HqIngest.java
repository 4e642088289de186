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

import jakarta.validation.constraints.NotNull;
import org.camino.platform.errors.InvalidInputException;
import org.camino.repository.control.NodeAnchors;

import java.util.List;
import java.util.Optional;

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

    @Inject
    NodeAnchors anchors;

    /** An access-log anchor of the node (seq, hash of its head), and what its log has now at HQ's last anchor. */
    public record AnchorForm(long seq, String head, Long confirmsSeq, String confirmsHead) {
    }

    /** ACCEPTED, or CONFLICT with the entry whose hash the node's log no longer has. */
    public record AnchorReceipt(String outcome, NodeAnchors.Conflict conflict) {
    }

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

    /** The last access-log anchor HQ holds of the calling node, which the node confirms with its next one. */
    @Public("mission nodes; authenticated here by their node credential")
    public Optional<NodeAnchors.Anchor> lastAnchor(String credential) {
        return anchors.last(node(credential).id());
    }

    /** Stores the node's new anchor unless the node's log no longer matches an anchor HQ holds. */
    @Public("mission nodes; authenticated here by their node credential")
    public AnchorReceipt receiveAnchor(String credential, @NotNull AnchorForm form) {
        NodeCredentials.Node node = node(credential);
        if (form.seq() < 1 || !isHash(form.head()) || (form.confirmsHead() != null && !isHash(form.confirmsHead()))) {
            throw InvalidInputException.of("head", "parameter.invalid");
        }
        Optional<NodeAnchors.Conflict> conflict = anchors.receive(node.id(), node.name(), form.seq(), form.head(),
                form.confirmsSeq(), form.confirmsHead());
        return new AnchorReceipt(conflict.isPresent() ? "CONFLICT" : "ACCEPTED", conflict.orElse(null));
    }

    private NodeCredentials.Node node(String credential) {
        if (!settings.holdsRepository()) {
            throw new NotFoundException("Central data repository");
        }
        return credentials.verify(credential).orElseThrow(NotSignedInException::new);
    }

    private static boolean isHash(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }
}
