package org.camino.crypto;

import org.jasypt.encryption.pbe.StandardPBEByteEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.ByteArrayFixedSaltGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trips, the stored form, and that the payload really is Jasypt's. */
class FieldCipherTest {

    private static final String NAME = "Amina Yusuf Abdi-Ñúñez";
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final UUID row = UUID.randomUUID();
    private final FieldContext givenName = FieldContext.of("person.given_name", row);
    private final FieldCipher cipher = new FieldCipher(TestKeys.ring("k1"));

    @Test
    void decryptingGivesBackTheOriginalValue() {
        for (String value : new String[] {NAME, "", " ", "x", "مريم الحسن", "李小龍", "🙂 emoji", "a".repeat(5000)}) {
            assertEquals(value, cipher.decrypt(cipher.encrypt(value, givenName), givenName));
        }
    }

    @Test
    void nullStaysNullAndEmptyIsEncryptedLikeAnyValue() {
        assertNull(cipher.encrypt(null, givenName));
        assertNull(cipher.decrypt(null, givenName));
        assertFalse(cipher.needsRotation(null));
        String empty = cipher.encrypt("", givenName);
        assertTrue(empty.startsWith("v1:k1:"), empty);
        assertEquals("", cipher.decrypt(empty, givenName));
    }

    @Test
    void twoEncryptionsOfTheSameValueDiffer() {
        assertNotEquals(cipher.encrypt(NAME, givenName), cipher.encrypt(NAME, givenName));
    }

    @Test
    void ciphertextIsVersionKeyIdPayloadAndTagWithoutThePlaintext() {
        String stored = cipher.encrypt("VICTIM", givenName);
        assertTrue(stored.matches("v1:k1:[A-Za-z0-9_-]{43}:[A-Za-z0-9_-]{22}"), stored);
        assertFalse(stored.contains("VICTIM"));
        String[] parts = stored.split(":");
        assertEquals(32, B64D.decode(parts[2]).length, "16-byte IV + one AES block");
        assertEquals(16, B64D.decode(parts[3]).length, "128-bit tag");
    }

    @Test
    void payloadIsJasyptPbeWithHmacSha512AndAes256UnderTheDerivedPasswordAndSalt() {
        byte[] secret = TestKeys.secret();
        FieldCipher single = new FieldCipher(new KeyRing("k1", Map.of("k1", secret), TestKeys.secret()));
        String stored = single.encrypt("VICTIM", givenName);

        // An independent Jasypt encryptor set up from the documented derivation reads the payload.
        StandardPBEByteEncryptor jasypt = new StandardPBEByteEncryptor();
        jasypt.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
        jasypt.setKeyObtentionIterations(1);
        jasypt.setSaltGenerator(new ByteArrayFixedSaltGenerator(Hkdf.expand(secret, "camino field salt v1", 16)));
        jasypt.setIvGenerator(new RandomIvGenerator());
        jasypt.setPassword(Base64.getEncoder().encodeToString(Hkdf.expand(secret, "camino field encryption v1", 32)));
        byte[] payload = B64D.decode(stored.split(":")[2]);
        assertEquals("VICTIM", new String(jasypt.decrypt(payload), StandardCharsets.UTF_8));
    }

    @Test
    void manyThreadsCanEncryptAndDecryptAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String value = NAME + thread + "/" + i;
                        if (!value.equals(cipher.decrypt(cipher.encrypt(value, givenName), givenName))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void contextNeedsAFieldAndARow() {
        assertThrows(IllegalArgumentException.class, () -> new FieldContext("person.given_name", " "));
        assertThrows(NullPointerException.class, () -> FieldContext.of("person.given_name", null));
        assertThrows(NullPointerException.class, () -> cipher.encrypt(NAME, null));
    }
}
