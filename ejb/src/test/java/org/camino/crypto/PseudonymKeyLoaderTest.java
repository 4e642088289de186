package org.camino.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pseudonymisation key: its own setting, generated in demo mode only, required of a node that holds cases. */
class PseudonymKeyLoaderTest {

    @TempDir
    Path home;

    @Test
    void aProductionNodeWithCasesRefusesToStartWithoutIt() {
        var e = assertThrows(KeyConfigurationException.class, () -> PseudonymKeyLoader.load(Map.of(), false, home, true));
        assertTrue(e.getMessage().contains("CAMINO_PSEUDONYM_KEY"), e.getMessage());
        assertNull(PseudonymKeyLoader.load(Map.of(), false, home, false), "an HQ node needs none");
    }

    @Test
    void demoModeGeneratesItOnceAndKeepsIt() throws Exception {
        Pseudonyms first = PseudonymKeyLoader.load(Map.of(), true, home, true);
        Pseudonyms again = PseudonymKeyLoader.load(Map.of(), true, home, true);
        assertEquals(first.of("KEN", "case", 1), again.of("KEN", "case", 1));
        assertTrue(Files.readString(home.resolve(PseudonymKeyLoader.DEMO_FILE)).contains("CAMINO_PSEUDONYM_KEY="));
    }

    @Test
    void theConfiguredKeyDecidesThePseudonyms() {
        String key = TestKeys.base64Secret();
        Pseudonyms a = PseudonymKeyLoader.load(Map.of("CAMINO_PSEUDONYM_KEY", key), false, home, true);
        Pseudonyms b = PseudonymKeyLoader.load(Map.of("CAMINO_PSEUDONYM_KEY", key), false, home, true);
        Pseudonyms other = PseudonymKeyLoader.load(Map.of("CAMINO_PSEUDONYM_KEY", TestKeys.base64Secret()), false, home, true);
        assertEquals(a.of("KEN", "person", 7), b.of("KEN", "person", 7));
        assertNotEquals(a.of("KEN", "person", 7), other.of("KEN", "person", 7));
        assertNotEquals(a.of("KEN", "person", 7), a.of("JOR", "person", 7), "one key per mission");
        assertThrows(KeyConfigurationException.class,
                () -> PseudonymKeyLoader.load(Map.of("CAMINO_PSEUDONYM_KEY", "c2hvcnQ="), false, home, true));
    }
}
