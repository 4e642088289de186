package org.camino.crypto;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(TestKeys.ring("k1"));

    @Test
    void isThirtyTwoHexCharactersAndTheSameEveryTime() {
        String first = index.ofName("José Ñúñez");
        assertTrue(first.matches("[0-9a-f]{32}"), first);
        assertEquals(first, index.ofName("José Ñúñez"));
    }

    @Test
    void namesWrittenDifferentlyGetTheSameIndex() {
        String expected = index.ofName("José Ñúñez");
        assertEquals(expected, index.ofName("jose nunez"));
        assertEquals(expected, index.ofName("  JOSE   NUNEZ "));
        assertEquals(expected, index.ofName("José-Núñez"));
        assertNotEquals(expected, index.ofName("Jose Nunes"));
        assertNotEquals(expected, index.ofName("Nunez Jose"), "word order is kept");
    }

    @Test
    void documentNumbersWrittenDifferentlyGetTheSameIndex() {
        assertEquals(index.ofDocumentNumber("AB-123 456"), index.ofDocumentNumber("ab123456"));
        assertNotEquals(index.ofDocumentNumber("AB-123 456"), index.ofDocumentNumber("AB-123 457"));
    }

    @Test
    void phoneNumbersWrittenDifferentlyGetTheSameIndex() {
        assertEquals(index.ofPhone("+254 712 345 678"), index.ofPhone("00254712345678"));
        assertNotEquals(index.ofPhone("+254 712 345 678"), index.ofPhone("+254 712 345 679"));
    }

    @Test
    void theSameValueGetsADifferentIndexForEachPurpose() {
        assertNotEquals(index.of(BlindIndex.NAME, "ab123456"), index.of(BlindIndex.DOCUMENT_NUMBER, "ab123456"));
        assertNotEquals(index.of(BlindIndex.PHONE, "0712345678"), index.of(BlindIndex.DOCUMENT_NUMBER, "0712345678"));
        assertNotEquals(index.ofName("Amina"), index.of("contact.name", Normaliser.name("Amina")));
    }

    @Test
    void theSameValueGetsADifferentIndexUnderAnotherKey() {
        BlindIndex other = new BlindIndex(TestKeys.ring("k1"));
        assertNotEquals(index.ofName("José Ñúñez"), other.ofName("José Ñúñez"));
    }

    @Test
    void duplicatePersonKeyMatchesTheSameNameInAnyOrderAndBirthYear() {
        String key = index.ofDuplicatePerson("José Ñúñez García", 1990);
        assertEquals(key, index.ofDuplicatePerson("GARCIA, Nunez Jose", 1990));
        assertNotEquals(key, index.ofDuplicatePerson("José Ñúñez García", 1991));
        assertNotEquals(key, index.ofDuplicatePerson("José Ñúñez", 1990));
        assertNotEquals(key, index.ofName("José Ñúñez García"));
        assertNull(index.ofDuplicatePerson("José Ñúñez García", null));
        assertNull(index.ofDuplicatePerson(" ", 1990));
    }

    @Test
    void nullAndEmptyValuesGetNoIndex() {
        assertNull(index.ofName(null));
        assertNull(index.ofName(""));
        assertNull(index.ofName(" -- "));
        assertNull(index.ofDocumentNumber(" "));
        assertNull(index.ofPhone(null));
        assertNull(index.of(BlindIndex.NAME, ""));
    }

    @Test
    void duringABlindIndexKeyRotationThePreviousKeyStillGivesTheOldIndexes() {
        byte[] encryption = TestKeys.secret();
        byte[] oldKey = TestKeys.secret();
        byte[] newKey = TestKeys.secret();
        BlindIndex before = new BlindIndex(new KeyRing("k1", Map.of("k1", encryption), oldKey));
        BlindIndex during = new BlindIndex(new KeyRing("k1", Map.of("k1", encryption), newKey, oldKey));

        assertNotEquals(before.ofName("Amina Yusuf"), during.ofName("Amina Yusuf"), "new indexes use the new key");
        assertEquals(before.ofName("Amina Yusuf"), during.previousOrThis().ofName("Amina Yusuf"), "old ones are still found");
        assertSame(before, before.previousOrThis(), "without a previous key there is one key");
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", encryption), newKey, newKey));
        assertThrows(KeyConfigurationException.class, () -> new KeyRing("k1", Map.of("k1", encryption), newKey, encryption));
    }
}
