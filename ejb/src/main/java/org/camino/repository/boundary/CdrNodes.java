package org.camino.repository.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.camino.missions.control.MissionCodes;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.RefusedException;
import org.camino.repository.control.NodeAnchors;
import org.camino.repository.control.NodeCredentials;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.BatchSignatures;
import org.camino.security.control.Guarded;
import org.camino.security.control.Requires;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** HQ's administrators issue, list and revoke the credentials of mission nodes ({@code admin:nodes}). */
@Stateless
@Guarded
public class CdrNodes {

    public record NodeForm(String name, List<String> missions) {
    }

    /** The credential is in this answer and nowhere else: HQ keeps only its hash. */
    public record IssuedCredential(String name, List<String> missions, String credential) {
        /** Never the credential: it is a secret, shown once to the administrator who issued it. */
        @Override
        public String toString() {
            return "IssuedCredential[name=" + name + ", missions=" + missions + "]";
        }
    }

    /** {@code signingKey}: the Ed25519 public key that verifies the node's batch files, if registered. */
    public record NodeView(String name, List<String> missions, java.time.Instant createdAt, String createdBy,
                           java.time.Instant revokedAt, String signingKey) {
    }

    /** The node's public key as its outbox page shows it (base64 of the X.509 encoding of an Ed25519 key). */
    public record SigningKeyForm(String publicKey) {
    }

    /** The access-log anchors HQ holds of a node (latest first) and the rewrites it found (latest first). */
    public record NodeAnchorsView(String name, List<NodeAnchors.Anchor> anchors, List<NodeAnchors.Conflict> conflicts) {
    }

    @Inject
    NodeCredentials credentials;

    @Inject
    NodeAnchors nodeAnchors;

    @Inject
    BatchSignatures signatures;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Inject
    MissionCodes missionCodes;

    @Requires("admin:nodes")
    public IssuedCredential issue(NodeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = form == null || form.name() == null ? "" : form.name().trim();
        // lower case, as every Camino path (DELETE /api/cdr/nodes/{name})
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            problems.add(new FieldProblem("name", "cdr.node.name.invalid"));
        }
        List<String> missions = form == null || form.missions() == null ? List.of()
                : form.missions().stream().map(m -> m == null ? "" : m.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        if (missions.isEmpty()) {
            problems.add(new FieldProblem("missions", "cdr.node.missions.required"));
        } else if (!missions.stream().allMatch(missionCodes::exists)) {
            problems.add(new FieldProblem("missions", "cdr.node.missions.unknown"));
        }
        InvalidInputException.throwIfAny(problems);
        String username = accessControl.caller().username();
        String secret = credentials.issue(name, missions, username);
        accessLog.record(AccessLog.Event.NODE_CREDENTIAL_ISSUED, username, "cdr-node:" + name, "missions " + missions);
        return new IssuedCredential(name, missions, secret);
    }

    @Requires("admin:nodes")
    public List<NodeView> list() {
        return credentials.list().stream()
                .map(n -> new NodeView(n.name(), n.missions(), n.createdAt(), n.createdBy(), n.revokedAt(), n.signingKey()))
                .toList();
    }

    /** Registers (or replaces) the public key that verifies the node's batch files; 409 if another node has it. */
    @Requires("admin:nodes")
    public NodeView registerSigningKey(String name, SigningKeyForm form) {
        String key = signatures.canonical(form == null ? null : form.publicKey())
                .orElseThrow(() -> InvalidInputException.of("publicKey", "cdr.node.signingKey.invalid"));
        switch (credentials.registerSigningKey(name, key)) {
            case NO_SUCH_NODE -> throw new NotFoundException("Node");
            case KEY_OF_ANOTHER_NODE -> throw new RefusedException("cdr.node.signingKey.taken",
                    "Another node has this signing key");
            case REGISTERED -> { }
        }
        accessLog.record(AccessLog.Event.NODE_SIGNING_KEY_REGISTERED, accessControl.caller().username(),
                "cdr-node:" + name, key);
        return list().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Requires("admin:nodes")
    public void revoke(String name) {
        if (!credentials.revoke(name)) {
            throw new NotFoundException("Node");
        }
        accessLog.record(AccessLog.Event.NODE_CREDENTIAL_REVOKED, accessControl.caller().username(), "cdr-node:" + name, null);
    }

    /** What HQ holds of the node's access log: its anchors go to the node's verifier as {@code ?anchor=seq:hash}. */
    @Requires("admin:nodes")
    public NodeAnchorsView anchors(String name, int limit) {
        NodeCredentials.Node node = credentials.list().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Node"));
        int rows = Math.max(1, Math.min(limit, 1000));
        return new NodeAnchorsView(node.name(), nodeAnchors.anchors(node.id(), rows), nodeAnchors.conflicts(node.id(), rows));
    }
}
