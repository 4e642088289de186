package org.camino.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSealTest {

    @TempDir
    Path home;

    @Test
    void theSameKeySealsTheSameTextAlikeAndAnotherKeyDifferently() {
        String secret = TestKeys.base64Secret();
        LogSeal a = LogSeal.load(Map.of(LogSeal.ACCESS_LOG_KEY, secret), false, home);
        LogSeal b = LogSeal.load(Map.of(LogSeal.ACCESS_LOG_KEY, secret), false, home);
        LogSeal other = new LogSeal(TestKeys.secret());
        String seal = a.seal("entry 1");
        assertEquals(LogSeal.LENGTH, seal.length());
        assertEquals(seal, b.seal("entry 1"));
        assertTrue(b.matches("entry 1", seal));
        assertFalse(b.matches("entry 2", seal));
        assertNotEquals(seal, other.seal("entry 1"));
        assertFalse(other.matches("entry 1", seal));
    }

    @Test
    void theSealIsNotAPlainHashNorAnHmacUnderTheConfiguredSecretItself() throws Exception {
        byte[] secret = TestKeys.secret();
        String seal = new LogSeal(secret).seal("entry");
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        assertNotEquals(java.util.HexFormat.of().formatHex(sha.digest("entry".getBytes())), seal);
        javax.crypto.Mac raw = Hkdf.keyedMac(secret);
        assertNotEquals(java.util.HexFormat.of().formatHex(raw.doFinal("entry".getBytes())), seal,
                "a key derived for the log, not the configured secret");
    }

    @Test
    void productionWithoutAKeyRefusesToStartAndSaysWhatToSet() {
        var e = assertThrows(KeyConfigurationException.class, () -> LogSeal.load(Map.of(), false, home));
        assertTrue(e.getMessage().contains(LogSeal.ACCESS_LOG_KEY), e.getMessage());
        assertThrows(KeyConfigurationException.class,
                () -> LogSeal.load(Map.of(LogSeal.ACCESS_LOG_KEY, "cGFzc3dvcmRwYXNzd29yZHBhc3N3b3JkcGFzc3dvcmQ="), false, home),
                "a typed password is not a key");
    }

    @Test
    void demoModeGeneratesTheKeyOnceAndKeepsIt() throws Exception {
        LogSeal first = LogSeal.load(Map.of(), true, home);
        LogSeal again = LogSeal.load(Map.of(), true, home);
        assertEquals(first.seal("x"), again.seal("x"));
        assertTrue(Files.readString(home.resolve(LogSeal.DEMO_FILE)).contains(LogSeal.ACCESS_LOG_KEY + "="));
    }

    @Test
    void theKeyMayBeAnEntryOfTheKeysFile() throws Exception {
        String secret = TestKeys.base64Secret();
        Path file = home.resolve("keys.properties");
        Files.writeString(file, LogSeal.ACCESS_LOG_KEY + "=" + secret + "\n");
        LogSeal fromFile = LogSeal.load(Map.of(KeyRingLoader.KEYS_FILE, file.toString()), false, home);
        assertEquals(LogSeal.load(Map.of(LogSeal.ACCESS_LOG_KEY, secret), false, home).seal("x"), fromFile.seal("x"));
    }
}
