package org.camino.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchSigningKeyTest {

    /** RFC 8032, 7.1, test 1: the seed, its public key and the signature of the empty message. */
    private static final byte[] RFC_SEED = HexFormat.of().parseHex(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final String RFC_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String RFC_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    /** The X.509 prefix of an Ed25519 public key (algorithm 1.3.101.112, then the 32 bytes). */
    private static final String X509_PREFIX = "302a300506032b6570032100";

    @TempDir
    Path home;

    @Test
    void theSeedGivesTheKeyPairAndSignatureOfRfc8032() {
        BatchSigningKey key = new BatchSigningKey(RFC_SEED);
        assertEquals(X509_PREFIX + RFC_PUBLIC, HexFormat.of().formatHex(Base64.getDecoder().decode(key.publicKey())));
        assertEquals(RFC_SIGNATURE, HexFormat.of().formatHex(Base64.getDecoder().decode(key.sign(new byte[0]))));
    }

    @Test
    void aSignatureVerifiesWithThePublicKeyAndNothingElse() {
        BatchSigningKey key = new BatchSigningKey(TestKeys.secret());
        BatchSigningKey other = new BatchSigningKey(TestKeys.secret());
        byte[] content = "{\"batches\":[]}".getBytes(StandardCharsets.UTF_8);
        String signature = key.sign(content);
        assertTrue(BatchSigningKey.verify(key.publicKey(), content, signature));
        assertFalse(BatchSigningKey.verify(other.publicKey(), content, signature), "another key");
        assertFalse(BatchSigningKey.verify(key.publicKey(), "{\"batches\":[1]}".getBytes(StandardCharsets.UTF_8),
                signature), "changed content");
        assertFalse(BatchSigningKey.verify(key.publicKey(), content, "not base64!"));
        assertFalse(BatchSigningKey.verify("not a key", content, signature));
        assertFalse(BatchSigningKey.verify(key.publicKey(), content, null));
    }

    @Test
    void theConfiguredSeedGivesTheSameKeyAtEveryStart() {
        String seed = TestKeys.base64Secret();
        BatchSigningKey a = BatchSigningKey.load(Map.of(BatchSigningKey.SIGNING_KEY, seed), false, home).orElseThrow();
        BatchSigningKey b = BatchSigningKey.load(Map.of(BatchSigningKey.SIGNING_KEY, seed), false, home).orElseThrow();
        assertEquals(a.publicKey(), b.publicKey());
        assertEquals(Optional.of(a.publicKey()), BatchSigningKey.canonicalPublicKey(" " + a.publicKey() + " "));
    }

    @Test
    void demoModeGeneratesAKeyOnceAndOtherwiseThereIsNone() {
        BatchSigningKey first = BatchSigningKey.load(Map.of(), true, home).orElseThrow();
        assertTrue(Files.exists(home.resolve(BatchSigningKey.DEMO_FILE)));
        assertEquals(first.publicKey(), BatchSigningKey.load(Map.of(), true, home).orElseThrow().publicKey());
        assertEquals(Optional.empty(), BatchSigningKey.load(Map.of(), false, home.resolve("elsewhere")));
        assertNotEquals(first.publicKey(), new BatchSigningKey(TestKeys.secret()).publicKey());
    }

    @Test
    void aSeedThatIsNotThirtyTwoBytesIsRefused() {
        assertThrows(KeyConfigurationException.class, () -> BatchSigningKey.load(
                Map.of(BatchSigningKey.SIGNING_KEY, Base64.getEncoder().encodeToString(new byte[16])), false, home));
        assertEquals(Optional.empty(), BatchSigningKey.canonicalPublicKey("AAAA"));
    }
}
