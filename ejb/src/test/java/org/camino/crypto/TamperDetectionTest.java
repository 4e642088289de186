package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An altered, malformed or moved ciphertext is refused before anything is decrypted. */
class TamperDetectionTest {

    private static final String NAME = "Amina Yusuf Abdi-Ñúñez";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final UUID row = UUID.randomUUID();
    private final FieldContext givenName = FieldContext.of("person.given_name", row);
    private final FieldCipher cipher = new FieldCipher(TestKeys.ring("k1"));

    @Test
    void everyFlippedBitOfIvOrCiphertextIsDetected() {
        String stored = cipher.encrypt("VICTIM", givenName);
        String[] parts = stored.split(":");
        byte[] payload = B64D.decode(parts[2]);
        for (int bit = 0; bit < payload.length * 8; bit++) {
            byte[] altered = payload.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            String tampered = parts[0] + ":" + parts[1] + ":" + B64.encodeToString(altered) + ":" + parts[3];
            String where = bit < 128 ? "IV" : "ciphertext";
            assertThrows(TamperedCiphertextException.class, () -> cipher.decrypt(tampered, givenName), where + " bit " + bit);
        }
    }

    @Test
    void everyFlippedBitOfTheTagIsDetected() {
        String stored = cipher.encrypt("VICTIM", givenName);
        String[] parts = stored.split(":");
        byte[] tag = B64D.decode(parts[3]);
        for (int bit = 0; bit < tag.length * 8; bit++) {
            byte[] altered = tag.clone();
            altered[bit / 8] ^= (byte) (1 << (bit % 8));
            String tampered = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + B64.encodeToString(altered);
            assertThrows(TamperedCiphertextException.class, () -> cipher.decrypt(tampered, givenName), "tag bit " + bit);
        }
    }

    @Test
    void flippedBitInTheKeyIdIsDetected() {
        FieldCipher twoKeys = new FieldCipher(TestKeys.ring("k3", "k1"));
        String stored = twoKeys.encrypt("VICTIM", givenName);
        String tampered = stored.replace("v1:k1:", "v1:k3:"); // '1' ^ 0b10 == '3'
        TamperedCiphertextException e = assertThrows(TamperedCiphertextException.class, () -> twoKeys.decrypt(tampered, givenName));
        assertEquals("k3", e.keyId());
    }

    @Test
    void keyIdChangedToOneNotInTheRingFailsAsUnknownKey() {
        String tampered = cipher.encrypt("VICTIM", givenName).replace("v1:k1:", "v1:j1:");
        UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> cipher.decrypt(tampered, givenName));
        assertEquals("j1", e.keyId());
    }

    @Test
    void valueCopiedIntoAnotherRowFails() {
        String stored = cipher.encrypt(NAME, givenName);
        FieldContext otherRow = FieldContext.of("person.given_name", UUID.randomUUID());
        assertThrows(TamperedCiphertextException.class, () -> cipher.decrypt(stored, otherRow));
    }

    @Test
    void valueCopiedIntoAnotherColumnFails() {
        String stored = cipher.encrypt(NAME, givenName);
        assertThrows(TamperedCiphertextException.class,
                () -> cipher.decrypt(stored, FieldContext.of("person.family_name", row)));
        // field and row are length-prefixed: moving characters between them changes the context
        assertThrows(TamperedCiphertextException.class,
                () -> cipher.decrypt(stored, new FieldContext("person.given_name" + row.toString().charAt(0), row.toString().substring(1))));
    }

    @Test
    void tamperMessageNamesKeyAndContextButNeverThePlaintext() {
        String stored = cipher.encrypt(NAME, givenName);
        FieldContext otherRow = FieldContext.of("person.given_name", UUID.randomUUID());
        TamperedCiphertextException e = assertThrows(TamperedCiphertextException.class, () -> cipher.decrypt(stored, otherRow));
        assertTrue(e.getMessage().contains("k1") && e.getMessage().contains("person.given_name")
                && e.getMessage().contains(otherRow.row()), e.getMessage());
        assertFalse(e.getMessage().contains("Amina") || e.getMessage().contains(stored.split(":")[2]), e.getMessage());
        assertEquals(otherRow, e.context());
    }

    @Test
    void malformedValuesFailAsTampered() {
        String stored = cipher.encrypt(NAME, givenName);
        for (String bad : new String[] {"Amina", "", "v1:", "v1:k1", "v1:k1:abc", "v2" + stored.substring(2),
                stored + ":x", stored.substring(0, stored.length() - 2), stored.replace(':', ';'),
                "v1:k1:" + "+/+/" + stored.substring(10), "v1:k1::" + stored.split(":")[3]}) {
            assertThrows(TamperedCiphertextException.class, () -> cipher.decrypt(bad, givenName), bad);
        }
    }
}
