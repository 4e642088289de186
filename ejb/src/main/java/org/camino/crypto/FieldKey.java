package org.camino.crypto;

import org.jasypt.encryption.pbe.PooledPBEByteEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.ByteArrayFixedSaltGenerator;

import javax.crypto.Mac;
import java.util.Arrays;
import java.util.Base64;

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

    static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    static final int KEY_OBTENTION_ITERATIONS = 1;

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
            encryptor = new PooledPBEByteEncryptor();
            encryptor.setAlgorithm(ALGORITHM);
            encryptor.setKeyObtentionIterations(KEY_OBTENTION_ITERATIONS);
            encryptor.setSaltGenerator(new ByteArrayFixedSaltGenerator(salt));
            encryptor.setIvGenerator(new RandomIvGenerator());
            // One Jasypt encryptor serialises its calls; a pool lets every core work at once.
            encryptor.setPoolSize(Math.min(16, Runtime.getRuntime().availableProcessors()));
            encryptor.setPasswordCharArray(password);
            encryptor.initialize();
            macPrototype = Hkdf.keyedMac(macKey);
        } finally {
            Arrays.fill(encryptionKey, (byte) 0);
            Arrays.fill(macKey, (byte) 0);
            Arrays.fill(password, '\0');
        }
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
