package org.camino.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.crypto.BatchSigningKey;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signatures of the statistical batch files a mission node carries to HQ by
 * hand, for the repository, which may not see {@code crypto} (its key is
 * reached through here, as the access log's is). The mission node signs with
 * its Ed25519 key (CAMINO_BATCH_SIGNING_KEY); HQ verifies with the public
 * key it registered for that node.
 */
@ApplicationScoped
public class BatchSignatures {

    /** A signature (base64) and the public key that verifies it (base64 of its X.509 encoding). */
    public record Signed(String signer, String signature) {
    }

    @Inject
    Optional<BatchSigningKey> key;

    /** This node's public key (what HQ registers for it), if it has a signing key. */
    public Optional<String> publicKey() {
        return key.map(BatchSigningKey::publicKey);
    }

    /** Signs the content with this node's key. */
    public Optional<Signed> sign(String content) {
        return key.map(k -> new Signed(k.publicKey(), k.sign(content.getBytes(StandardCharsets.UTF_8))));
    }

    /** Whether the signature of the content was made by the holder of {@code signer}'s private key. */
    public boolean verify(String signer, String content, String signature) {
        return BatchSigningKey.verify(signer, content.getBytes(StandardCharsets.UTF_8), signature);
    }

    /** The public key in canonical text, if it is an Ed25519 public key. */
    public Optional<String> canonical(String publicKey) {
        return BatchSigningKey.canonicalPublicKey(publicKey);
    }
}
