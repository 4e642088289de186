package org.camino.crypto;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptedFieldTest {

    @BeforeEach
    void installCipher() {
        EncryptedField.install(new FieldCipher(TestKeys.ring("k1")));
    }

    @AfterEach
    void uninstallCipher() {
        EncryptedField.install(null);
    }

    @Test
    void theEntityStoresCiphertextAndShowsPlaintext() {
        ExamplePerson person = new ExamplePerson("Amina", "Yusuf");
        assertTrue(person.storedGivenName().startsWith("v1:k1:"), person.storedGivenName());
        assertFalse(person.storedGivenName().contains("Amina"));
        assertEquals("Amina", person.getGivenName());
        assertEquals("Yusuf", person.getFamilyName());
    }

    @Test
    void aValueCopiedFromAnotherPersonFails() {
        ExamplePerson amina = new ExamplePerson("Amina", "Yusuf");
        ExamplePerson other = new ExamplePerson("Other", "Person");
        other.storeGivenName(amina.storedGivenName());
        assertThrows(TamperedCiphertextException.class, other::getGivenName);
    }

    @Test
    void aValueCopiedFromAnotherFieldOfTheSamePersonFails() {
        ExamplePerson amina = new ExamplePerson("Amina", "Yusuf");
        amina.storeGivenName(amina.storedFamilyName());
        assertThrows(TamperedCiphertextException.class, amina::getGivenName);
    }

    @Test
    void settingTheSameValueKeepsTheStoredCiphertextSoTheRowIsNotRewritten() {
        ExamplePerson amina = new ExamplePerson("Amina", "Yusuf");
        String stored = amina.storedGivenName();
        amina.setGivenName("Amina");
        assertSame(stored, amina.storedGivenName());
        amina.setGivenName("Aminah");
        assertNotEquals(stored, amina.storedGivenName());
        assertEquals("Aminah", amina.getGivenName());
    }

    @Test
    void anUnreadableStoredValueCanBeOverwrittenWithANewOne() {
        ExamplePerson amina = new ExamplePerson("Amina", "Yusuf");
        amina.storeGivenName(amina.storedFamilyName());
        amina.setGivenName("Amina");
        assertEquals("Amina", amina.getGivenName());
    }

    @Test
    void nullClearsTheField() {
        ExamplePerson amina = new ExamplePerson("Amina", null);
        assertNull(amina.storedFamilyName());
        assertNull(amina.getFamilyName());
        amina.setGivenName(null);
        assertNull(amina.storedGivenName());
    }

    @Test
    void withoutACipherItSaysWhatIsMissing() {
        EncryptedField.install(null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ExamplePerson("Amina", "Yusuf"));
        assertTrue(e.getMessage().contains("EncryptedField.install"), e.getMessage());
    }

    @Test
    void aFieldNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new EncryptedField(" "));
    }
}
