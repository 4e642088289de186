package org.camino.crypto;

import org.jasypt.encryption.pbe.PooledPBEByteEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.ByteArrayFixedSaltGenerator;

import org.jasypt.exceptions.EncryptionInitializationException;

import javax.crypto.Mac;
import java.security.Provider;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * One key of the ring, ready to use: a Jasypt encryptor and a MAC key, both
 * derived from the configured 256-bit secret but independent of each other.
 * <p>
 * Why one key-obtention iteration and a per-key salt are not a weakening:
 * PBKDF2 iterations and random salts slow down guessing of low-entropy
 * passwords. The "password" here is 256 random bits (HKDF output of a random
 * key), which no one can guess however fast each guess is, so 1000 iterations
 * would only cost every field about 1 ms. Each message still gets its own
 * random IV, which is what makes two encryptions of the same value differ.
 */
final class FieldKey {

    static final String ALGORITHM = Pbes2Provider.ALGORITHM;
    static final int KEY_OBTENTION_ITERATIONS = 1;
    private static final Provider PROVIDER = new Pbes2Provider();
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();

    private final String id;
    private final PooledPBEByteEncryptor encryptor;
    private final Mac macPrototype;

    FieldKey(String id, byte[] secret) {
        this.id = id;
        byte[] encryptionKey = Hkdf.expand(secret, "camino field encryption v1", 32);
        byte[] salt = Hkdf.expand(secret, "camino field salt v1", 16);
        byte[] macKey = Hkdf.expand(secret, "camino field mac v1", 32);
        char[] password = base64Chars(encryptionKey);
        try {
            encryptor = encryptor(password, salt);
            macPrototype = Hkdf.keyedMac(macKey);
        } finally {
            Arrays.fill(encryptionKey, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Jasypt with the same algorithm through {@link Pbes2Provider} (the key derived once, not per value),
     * or through the JDK's own cipher where the JDK refuses an unsigned provider.
     */
    private static PooledPBEByteEncryptor encryptor(char[] password, byte[] salt) {
        try {
            return encryptor(password, salt, PROVIDER);
        } catch (EncryptionInitializationException | SecurityException refused) {
            if (FALLBACK_LOGGED.compareAndSet(false, true)) {
                Logger.getLogger(FieldKey.class.getName()).warning("This JDK refuses Camino's PBES2 provider ("
                        + refused + "); using the JDK's cipher, which derives the key again for every value "
                        + "(slower, same results)");
            }
            return encryptor(password, salt, null);
        }
    }

    static PooledPBEByteEncryptor encryptor(char[] password, byte[] salt, Provider provider) {
        PooledPBEByteEncryptor encryptor = new PooledPBEByteEncryptor();
        encryptor.setAlgorithm(ALGORITHM);
        if (provider != null) {
            encryptor.setProvider(provider);
        }
        encryptor.setKeyObtentionIterations(KEY_OBTENTION_ITERATIONS);
        encryptor.setSaltGenerator(new ByteArrayFixedSaltGenerator(salt));
        encryptor.setIvGenerator(new RandomIvGenerator());
        // One Jasypt encryptor serialises its calls; a pool lets every core work at once.
        encryptor.setPoolSize(Math.min(16, Runtime.getRuntime().availableProcessors()));
        encryptor.setPasswordCharArray(password);
        encryptor.initialize();
        return encryptor;
    }

    String id() {
        return id;
    }

    /** Jasypt's output: the random IV followed by the AES-256-CBC ciphertext (the salt is per key, not stored). */
    byte[] encrypt(byte[] plaintext) {
        return encryptor.encrypt(plaintext);
    }

    byte[] decrypt(byte[] payload) {
        return encryptor.decrypt(payload);
    }

    /** A fresh keyed HMAC-SHA256 for one value. */
    Mac mac() {
        return Hkdf.copyOf(macPrototype);
    }

    @Override
    public String toString() {
        return "FieldKey[" + id + "]";
    }

    private static char[] base64Chars(byte[] key) {
        byte[] encoded = Base64.getEncoder().encode(key);
        char[] chars = new char[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            chars[i] = (char) encoded[i];
        }
        Arrays.fill(encoded, (byte) 0);
        return chars;
    }
}
