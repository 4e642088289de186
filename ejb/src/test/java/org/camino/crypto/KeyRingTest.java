package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyRingTest {

    @Test
    void holdsTheCurrentKeyAndOlderOnes() {
        KeyRing ring = TestKeys.ring("k1", "k2");
        assertEquals("k2", ring.currentKeyId());
        assertEquals(List.of("k1", "k2"), List.copyOf(ring.keyIds()));
        assertTrue(ring.contains("k1"));
        assertFalse(ring.contains("k3"));
    }

    @Test
    void refusesKeysThatAreNot32Bytes() {
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", new byte[16]), TestKeys.secret()));
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", TestKeys.secret()), new byte[31]));
    }

    @Test
    void refusesPlaceholderAndPasswordKeys() {
        byte[] zeros = new byte[32];
        byte[] fewValues = new byte[32];
        for (int i = 0; i < 32; i++) {
            fewValues[i] = (byte) (0x80 + i % 15);
        }
        byte[] password = "correct horse battery staple 123".getBytes(StandardCharsets.US_ASCII);
        for (byte[] weak : new byte[][] {zeros, fewValues, password}) {
            assertEquals(32, weak.length);
            assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", weak), TestKeys.secret()));
            assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", TestKeys.secret()), weak));
        }
    }

    @Test
    void refusesABlindIndexKeyThatIsAlsoAnEncryptionKey() {
        byte[] secret = TestKeys.secret();
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", secret), secret.clone()));
    }

    @Test
    void refusesTheSameSecretUnderTwoIds() {
        byte[] secret = TestKeys.secret();
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", secret);
        keys.put("k2", secret.clone());
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k2", keys, TestKeys.secret()));
    }

    @Test
    void refusesACurrentKeyOutsideTheRingAndBadKeyIds() {
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k2", Map.of("k1", TestKeys.secret()), TestKeys.secret()));
        for (String id : new String[] {"", "k:1", "k 1", "a".repeat(17), "ké"}) {
            assertThrows(KeyConfigurationException.class, () -> new KeyRing(id, Map.of(id, TestKeys.secret()), TestKeys.secret()), id);
        }
    }

    @Test
    void neverShowsKeyMaterial() {
        byte[] secret = TestKeys.secret();
        KeyRing ring = new KeyRing("k1", Map.of("k1", secret), TestKeys.secret());
        assertEquals("KeyRing[current=k1, keys=[k1]]", ring.toString());
        assertFalse(ring.toString().contains(Base64.getEncoder().encodeToString(secret)));
    }
}
