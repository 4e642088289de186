package org.camino.security.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    @Test
    void storesArgon2idWithASaltAndRecognisesOnlyTheRightPassword() {
        String first = Passwords.hash("correct horse battery staple");
        String second = Passwords.hash("correct horse battery staple");

        assertTrue(first.contains("argon2id"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(Passwords.matches("correct horse battery staple", first));
        assertFalse(Passwords.matches("correct horse battery stapl", first));
        assertFalse(Passwords.burnTimeForUnknownUser("anything"));
    }
}
