package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values under older keys stay readable while their key is in the ring, and move to the current key. */
class KeyRotationTest {

    private static final String NAME = "Amina Yusuf Abdi-Ñúñez";

    private final UUID row = UUID.randomUUID();
    private final FieldContext givenName = FieldContext.of("person.given_name", row);
    private final FieldCipher cipher = new FieldCipher(TestKeys.ring("k1"));

    @Test
    void valueUnderAnOldKeyDecryptsWhileThatKeyIsInTheRing() {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", TestKeys.secret());
        keys.put("k2", TestKeys.secret());
        byte[] blind = TestKeys.secret();
        FieldCipher before = new FieldCipher(new KeyRing("k1", keys, blind));
        FieldCipher after = new FieldCipher(new KeyRing("k2", keys, blind));

        String old = before.encrypt(NAME, givenName);
        assertEquals(NAME, after.decrypt(old, givenName));
        assertTrue(after.needsRotation(old));
        assertFalse(before.needsRotation(old));
    }

    @Test
    void valueUnderARemovedKeyFailsClearly() {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", TestKeys.secret());
        keys.put("k2", TestKeys.secret());
        byte[] blind = TestKeys.secret();
        String old = new FieldCipher(new KeyRing("k1", keys, blind)).encrypt(NAME, givenName);
        FieldCipher withoutK1 = new FieldCipher(new KeyRing("k2", Map.of("k2", keys.get("k2")), blind));

        UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> withoutK1.decrypt(old, givenName));
        assertTrue(e.getMessage().contains("'k1'") && e.getMessage().contains("not in the key ring"), e.getMessage());
        assertTrue(e instanceof UnreadableCiphertextException);
    }

    @Test
    void reencryptMovesAValueToTheCurrentKey() {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put("k1", TestKeys.secret());
        keys.put("k2", TestKeys.secret());
        byte[] blind = TestKeys.secret();
        String old = new FieldCipher(new KeyRing("k1", keys, blind)).encrypt(NAME, givenName);
        FieldCipher rotated = new FieldCipher(new KeyRing("k2", keys, blind));

        String moved = rotated.reencrypt(old, givenName);
        assertTrue(moved.startsWith("v1:k2:"), moved);
        assertFalse(rotated.needsRotation(moved));
        assertEquals(NAME, rotated.decrypt(moved, givenName));
        assertSame(moved, rotated.reencrypt(moved, givenName), "already current: unchanged");
        assertNull(rotated.reencrypt(null, givenName));
        FieldContext otherRow = FieldContext.of("person.given_name", UUID.randomUUID());
        assertThrows(TamperedCiphertextException.class, () -> rotated.reencrypt(old, otherRow), "verifies before re-encrypting");
    }

    @Test
    void needsRotationRejectsValuesThatAreNotCiphertexts() {
        assertThrows(TamperedCiphertextException.class, () -> cipher.needsRotation("Amina"));
    }
}
