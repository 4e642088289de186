package org.camino.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.camino.crypto.KeyRingLoader.BLIND_INDEX_KEY;
import static org.camino.crypto.KeyRingLoader.CURRENT_KEY;
import static org.camino.crypto.KeyRingLoader.KEYS;
import static org.camino.crypto.KeyRingLoader.KEYS_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyRingLoaderTest {

    @TempDir
    Path home;

    private final FieldContext context = FieldContext.of("person.given_name", UUID.randomUUID());

    @Test
    void loadsKeysFromTheEnvironment() {
        String k2 = TestKeys.base64Secret();
        KeyRing ring = load(Map.of(KEYS, "k1:" + TestKeys.base64Secret() + ", k2:" + k2, CURRENT_KEY, "k2",
                BLIND_INDEX_KEY, TestKeys.base64Secret()), false);
        assertEquals("k2", ring.currentKeyId());
        assertEquals(2, ring.keyIds().size());
    }

    @Test
    void aPreviousBlindIndexKeyIsLoadedDuringItsRotation() {
        KeyRing ring = load(Map.of(KEYS, "k1:" + TestKeys.base64Secret(), BLIND_INDEX_KEY, TestKeys.base64Secret(),
                KeyRingLoader.PREVIOUS_BLIND_INDEX_KEY, TestKeys.base64Secret()), false);
        assertTrue(ring.hasPreviousBlindIndexKey());
        assertFalse(load(Map.of(KEYS, "k1:" + TestKeys.base64Secret(), BLIND_INDEX_KEY, TestKeys.base64Secret()), false)
                .hasPreviousBlindIndexKey());
    }

    @Test
    void acceptsUrlSafeAndUnpaddedBase64() {
        String urlSafe = TestKeys.base64Secret().replace('+', '-').replace('/', '_').replace("=", "");
        KeyRing ring = load(Map.of(KEYS, "k1:" + urlSafe, BLIND_INDEX_KEY, TestKeys.base64Secret()), false);
        assertEquals("k1", ring.currentKeyId(), "one key needs no CAMINO_CURRENT_KEY");
    }

    @Test
    void severalKeysWithoutACurrentKeyRefuse() {
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class, () -> load(Map.of(
                KEYS, "k1:" + TestKeys.base64Secret() + ",k2:" + TestKeys.base64Secret(), BLIND_INDEX_KEY, TestKeys.base64Secret()), false));
        assertTrue(e.getMessage().contains(CURRENT_KEY), e.getMessage());
    }

    @Test
    void productionWithoutKeysRefusesToStartAndWritesNothing() {
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class, () -> load(Map.of(), false));
        for (String name : new String[] {KEYS, CURRENT_KEY, BLIND_INDEX_KEY, KEYS_FILE}) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertFalse(Files.exists(home.resolve("keys.properties")));
    }

    @Test
    void productionDoesNotPickUpADemoKeyFileLeftInHome() {
        load(Map.of(), true);
        assertTrue(Files.exists(home.resolve("keys.properties")));
        assertThrows(KeyConfigurationException.class, () -> load(Map.of(), false));
    }

    @Test
    void demoModeGeneratesAnOwnerOnlyKeyFileOnceAndReusesIt() throws IOException {
        KeyRing first = load(Map.of(), true);
        Path file = home.resolve("keys.properties");
        String content = Files.readString(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(content.contains(KEYS + "=demo1:") && content.contains(BLIND_INDEX_KEY + "="), "same entries as the environment");

        KeyRing second = load(Map.of(), true);
        assertEquals(content, Files.readString(file), "not regenerated");
        String stored = new FieldCipher(first).encrypt("Amina", context);
        assertEquals("Amina", new FieldCipher(second).decrypt(stored, context));
        assertEquals(new BlindIndex(first).ofName("Amina"), new BlindIndex(second).ofName("Amina"));
    }

    @Test
    void demoModeUsesConfiguredKeysWhenThereAreSome() {
        KeyRing ring = load(Map.of(KEYS, "prod1:" + TestKeys.base64Secret(), BLIND_INDEX_KEY, TestKeys.base64Secret()), true);
        assertEquals("prod1", ring.currentKeyId());
        assertFalse(Files.exists(home.resolve("keys.properties")));
    }

    @Test
    void readsAKeysFile() throws IOException {
        Path file = home.resolve("camino-keys.properties");
        Files.writeString(file, KEYS + "=k1:" + TestKeys.base64Secret() + ",k2:" + TestKeys.base64Secret() + "\n"
                + CURRENT_KEY + "=k1\n" + BLIND_INDEX_KEY + "=" + TestKeys.base64Secret() + "\n");
        KeyRing ring = load(Map.of(KEYS_FILE, file.toString()), false);
        assertEquals("k1", ring.currentKeyId());
        assertTrue(ring.contains("k2"));
    }

    @Test
    void aMissingKeysFileRefuses() {
        assertThrows(KeyConfigurationException.class, () -> load(Map.of(KEYS_FILE, home.resolve("none").toString()), true));
    }

    @Test
    void keysAndAKeysFileTogetherRefuse() {
        assertThrows(KeyConfigurationException.class, () -> load(Map.of(KEYS, "k1:" + TestKeys.base64Secret(),
                BLIND_INDEX_KEY, TestKeys.base64Secret(), KEYS_FILE, "/etc/camino/keys.properties"), false));
    }

    @Test
    void incompleteConfigurationRefusesEvenInDemoMode() {
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class,
                () -> load(Map.of(KEYS, "k1:" + TestKeys.base64Secret()), true));
        assertTrue(e.getMessage().contains(BLIND_INDEX_KEY), e.getMessage());
        assertThrows(KeyConfigurationException.class, () -> load(Map.of(BLIND_INDEX_KEY, TestKeys.base64Secret()), true));
    }

    @Test
    void badKeysRefuseWithoutEchoingThem() {
        String notBase64 = "k1:this*is*not*base64*at*all*nope";
        KeyConfigurationException e = assertThrows(KeyConfigurationException.class,
                () -> load(Map.of(KEYS, notBase64, BLIND_INDEX_KEY, TestKeys.base64Secret()), false));
        assertFalse(e.getMessage().contains("this*is"), e.getMessage());
        String secret = TestKeys.base64Secret();
        assertThrows(KeyConfigurationException.class,
                () -> load(Map.of(KEYS, "k1:" + secret + ",k1:" + TestKeys.base64Secret(), BLIND_INDEX_KEY, TestKeys.base64Secret()), false));
        assertThrows(KeyConfigurationException.class,
                () -> load(Map.of(KEYS, secret, BLIND_INDEX_KEY, TestKeys.base64Secret()), false), "no key id");
        assertThrows(KeyConfigurationException.class,
                () -> load(Map.of(KEYS, "k1:" + secret, BLIND_INDEX_KEY, secret), false), "blind-index key must be separate");
    }

    @Test
    void blankSettingsCountAsAbsent() {
        Map<String, String> settings = new HashMap<>();
        settings.put(KEYS, " ");
        settings.put(KEYS_FILE, null);
        assertThrows(KeyConfigurationException.class, () -> load(settings, false));
    }

    private KeyRing load(Map<String, String> settings, boolean demo) {
        return new KeyRingLoader(settings, demo, home).load();
    }
}
