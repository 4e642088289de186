package org.camino.crypto;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The Ed25519 key a mission node signs its batch files with (statistical
 * records carried by hand where there is no connectivity). HQ verifies them
 * with the node's public key, registered with the node's credential, so HQ
 * holds no secret of the node.
 * <p>
 * The configured value is the 32-byte Ed25519 seed (base64), like the other
 * keys: CAMINO_BATCH_SIGNING_KEY, or that entry of CAMINO_KEYS_FILE, or in
 * demo mode {@code <home>/batch-signing-key.properties} (generated,
 * owner-only). Without one, a node simply cannot export files.
 */
public final class BatchSigningKey {

    public static final String SIGNING_KEY = "CAMINO_BATCH_SIGNING_KEY";
    public static final String DEMO_FILE = "batch-signing-key.properties";
    private static final String ALGORITHM = "Ed25519";

    private static final Logger LOG = Logger.getLogger(BatchSigningKey.class.getName());

    private final PrivateKey privateKey;
    private final String publicKey;

    /** @param seed the 32-byte Ed25519 private key; the same seed always gives the same key pair */
    public BatchSigningKey(byte[] seed) {
        KeyRing.checkSecret(SIGNING_KEY, seed);
        try {
            // The JDK derives an Ed25519 key pair only by generating it: the generator draws the 32-byte
            // private key from its random source, so a source that yields the seed gives the seed's pair.
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
            KeyPair pair = generator.generateKeyPair();
            privateKey = pair.getPrivate();
            publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new KeyConfigurationException("Ed25519 is not available in this JDK: " + e.getMessage(), e);
        }
    }

    /** The public key, base64 of its X.509 encoding: what HQ registers for this node. */
    public String publicKey() {
        return publicKey;
    }

    /** The signature (base64) of the content. */
    public String sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /**
     * Whether {@code signature} is a valid Ed25519 signature of {@code content} by {@code publicKey}; false
     * for anything malformed (a key or signature that is not base64, or not Ed25519).
     */
    public static boolean verify(String publicKey, byte[] content, String signature) {
        Optional<PublicKey> key = decode(publicKey);
        if (key.isEmpty() || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key.get());
            verifier.update(content);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | InvalidKeyException | java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** The key in its canonical text (base64 of the X.509 encoding), if it is an Ed25519 public key. */
    public static Optional<String> canonicalPublicKey(String publicKey) {
        return decode(publicKey).map(key -> Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    private static Optional<PublicKey> decode(String publicKey) {
        if (publicKey == null || publicKey.isBlank() || publicKey.length() > 100) {
            return Optional.empty();
        }
        try {
            byte[] encoded = Base64.getDecoder().decode(publicKey.trim());
            return Optional.of(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded)));
        } catch (IllegalArgumentException | InvalidKeySpecException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /**
     * @param settings values by name: CAMINO_BATCH_SIGNING_KEY and CAMINO_KEYS_FILE may be there
     * @return the key, or empty if none is configured (outside demo mode)
     */
    public static Optional<BatchSigningKey> load(Map<String, String> settings, boolean demoMode, Path home) {
        String value = settings.get(SIGNING_KEY);
        String source = "the environment";
        String keysFile = settings.get(KeyRingLoader.KEYS_FILE);
        if (isBlank(value) && !isBlank(keysFile)) {
            value = KeyFile.read(Path.of(keysFile.trim())).get(SIGNING_KEY);
            source = keysFile.trim();
        }
        if (isBlank(value) && demoMode) {
            Path file = home.resolve(DEMO_FILE);
            KeyFile.createWithOneKey(file, SIGNING_KEY, "Camino batch-file signing key");
            value = KeyFile.read(file).get(SIGNING_KEY);
            source = file.toString();
        }
        if (isBlank(value)) {
            return Optional.empty();
        }
        byte[] seed;
        try {
            seed = Base64.getDecoder().decode(value.trim().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException(SIGNING_KEY + " in " + source + " is not valid base64");
        }
        try {
            BatchSigningKey key = new BatchSigningKey(seed);
            LOG.info("Batch-file signing key from " + source + "; its public key: " + key.publicKey());
            return Optional.of(key);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A random source that yields the seed: the key pair generator's only draw. */
    private static final class SeedSource extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedSource(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Ed25519 key generation asked for " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
