package org.camino.crypto;

import org.jasypt.encryption.pbe.PooledPBEByteEncryptor;
import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Camino's PBES2 cipher must be the JDK's algorithm exactly: what one encrypts,
 * the other decrypts, so that values never depend on which of the two wrote them.
 */
class Pbes2ProviderTest {

    private static final char[] PASSWORD = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5".toCharArray();
    private static final byte[] SALT = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);

    private final PooledPBEByteEncryptor camino = FieldKey.encryptor(PASSWORD, SALT, new Pbes2Provider());
    private final PooledPBEByteEncryptor jdk = FieldKey.encryptor(PASSWORD, SALT, null);

    private static final byte[][] VALUES = {
            "".getBytes(StandardCharsets.UTF_8),
            "Amina Yusuf".getBytes(StandardCharsets.UTF_8),
            "Ŝeĥ Ĝoŭ — 16 bytes!".getBytes(StandardCharsets.UTF_8),
            "exactly sixteen!".getBytes(StandardCharsets.UTF_8),
            "a longer note that spans several AES blocks, with accents: é à ü ñ ç".repeat(20).getBytes(StandardCharsets.UTF_8)
    };

    @Test
    void theJdkDecryptsWhatCaminoEncrypts() {
        for (byte[] value : VALUES) {
            assertArrayEquals(value, jdk.decrypt(camino.encrypt(value)));
        }
    }

    @Test
    void caminoDecryptsWhatTheJdkEncrypts() {
        for (byte[] value : VALUES) {
            assertArrayEquals(value, camino.decrypt(jdk.encrypt(value)));
        }
    }

    @Test
    void everyValueGetsItsOwnRandomIv() {
        byte[] value = "Amina Yusuf".getBytes(StandardCharsets.UTF_8);
        byte[] first = camino.encrypt(value);
        byte[] second = camino.encrypt(value);
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOf(first, 16), Arrays.copyOf(second, 16)), "the IVs differ");
    }

    @Test
    void anotherSaltOrPasswordDoesNotDecrypt() {
        byte[] encrypted = camino.encrypt("Amina Yusuf".getBytes(StandardCharsets.UTF_8));
        PooledPBEByteEncryptor otherSalt = FieldKey.encryptor(PASSWORD, "another salt 16b".getBytes(StandardCharsets.US_ASCII),
                new Pbes2Provider());
        PooledPBEByteEncryptor otherPassword = FieldKey.encryptor("b3RoZXI".toCharArray(), SALT, new Pbes2Provider());
        assertWrongOrRefused(otherSalt, encrypted);
        assertWrongOrRefused(otherPassword, encrypted);
    }

    /** CBC without a MAC may, rarely, decrypt to garbage with valid padding; it must never give the value back. */
    private static void assertWrongOrRefused(PooledPBEByteEncryptor encryptor, byte[] encrypted) {
        try {
            byte[] decrypted = encryptor.decrypt(encrypted);
            assertFalse(Arrays.equals("Amina Yusuf".getBytes(StandardCharsets.UTF_8), decrypted));
        } catch (EncryptionOperationNotPossibleException expected) {
            assertEquals(EncryptionOperationNotPossibleException.class, expected.getClass());
        }
    }

    @Test
    void aNonAsciiPasswordIsRefusedAsTheJdkRefusesIt() {
        assertThrows(RuntimeException.class, () -> FieldKey.encryptor("pässword".toCharArray(), SALT, new Pbes2Provider()));
    }
}
