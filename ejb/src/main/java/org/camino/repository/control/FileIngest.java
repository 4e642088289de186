package org.camino.repository.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.camino.platform.statistics.StatisticalRecord;
import org.camino.security.control.BatchSignatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * HQ's import of a signed batch file, in the caller's transaction, through
 * the push's own checks and store ({@link Ingest}). The file is taken whole
 * or not at all: its envelope, then its signer (a public key registered for a
 * node that is not revoked), then its signature over the content, then every
 * batch (schema, fields, codes), then the node's mission scope; the first
 * failing step refuses the file and nothing of it is stored. The records are
 * then applied as a push's are, so the same file twice, or the same records
 * pushed later, count once. The file is logged in {@code cdr_batch} as one
 * batch (source FILE) with its outcome.
 */
@ApplicationScoped
public class FileIngest {

    @Inject
    Ingest ingest;

    @Inject
    NodeCredentials credentials;

    @Inject
    BatchSignatures signatures;

    /** The file's acknowledgement, and the node that signed it (null: HQ does not know the signer). */
    public record FileAck(Ingest.Ack ack, String node) {
    }

    public FileAck receive(String file) {
        List<String> problems = new ArrayList<>();
        BatchFile.Envelope envelope = BatchFile.envelope(file, problems);
        if (envelope == null) {
            return refuse(null, null, Set.of(), Ingest.Outcome.REJECTED, problems);
        }
        String signer = signatures.canonical(envelope.signer()).orElse(null);
        if (signer == null) {
            return refuse(null, null, Set.of(), Ingest.Outcome.REJECTED,
                    List.of("signer: not an Ed25519 public key (base64 of its X.509 encoding)"));
        }
        NodeCredentials.Node node = credentials.bySigningKey(signer).orElse(null);
        if (node == null) {
            return refuse(null, null, Set.of(), Ingest.Outcome.REFUSED,
                    List.of("signer: the file is signed by a key HQ has not registered for any node"
                            + " (an administrator registers the node's public key: PUT /api/cdr/nodes/{name}/signing-key)"));
        }
        if (!signatures.verify(signer, envelope.content(), envelope.signature())) {
            return refuse(node, null, Set.of(), Ingest.Outcome.REJECTED,
                    List.of("signature: does not match the content: the file was changed, or cut, after node '"
                            + node.name() + "' signed it"));
        }
        BatchFile.Content content = BatchFile.content(envelope.content(), problems);
        if (content == null) {
            return refuse(node, null, Set.of(), Ingest.Outcome.REJECTED, problems);
        }
        List<StatisticalRecord> records = new ArrayList<>();
        Set<String> missions = new TreeSet<>();
        for (int i = 0; i < content.batches().size() && problems.size() < 20; i++) {
            JsonValue value = content.batches().get(i);
            List<String> batchProblems = new ArrayList<>();
            if (!(value instanceof JsonObject batch)) {
                batchProblems.add("must be an object");
            } else {
                Ingest.Checked checked = ingest.check(batch, batchProblems);
                records.addAll(checked.records());
                missions.addAll(checked.missions());
            }
            String where = "batches[" + i + "]";
            batchProblems.forEach(p -> problems.add(where + "." + p));
        }
        if (!problems.isEmpty()) {
            return refuse(node, content.fileId(), missions, Ingest.Outcome.REJECTED, problems);
        }
        List<String> foreign = Ingest.foreign(node, missions);
        if (!foreign.isEmpty()) {
            return refuse(node, content.fileId(), missions, Ingest.Outcome.REFUSED,
                    List.of("missions: node '" + node.name() + "' may not send records of mission(s) " + foreign));
        }
        int applied = records.isEmpty() ? 0 : ingest.apply(records);
        return new FileAck(ingest.log(node, content.fileId(), missions, Ingest.Outcome.ACCEPTED, records.size(), applied,
                records.size() - applied, List.of(), Ingest.Source.FILE), node.name());
    }

    private FileAck refuse(NodeCredentials.Node node, String fileId, Set<String> missions, Ingest.Outcome outcome,
                           List<String> problems) {
        return new FileAck(ingest.log(node, fileId, missions, outcome, 0, 0, 0, problems, Ingest.Source.FILE),
                node == null ? null : node.name());
    }
}
