package org.camino.crypto;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The pseudonymisation key of a mission node, in this order:
 * CAMINO_PSEUDONYM_KEY (base64 of 32 random bytes); or that entry of
 * CAMINO_KEYS_FILE; or, in demo mode only, {@code <home>/pseudonym-key.properties},
 * generated (owner-only) on the first start. A node that holds cases
 * (role mission or both) refuses to start without one outside demo mode.
 */
public final class PseudonymKeyLoader {

    public static final String PSEUDONYM_KEY = "CAMINO_PSEUDONYM_KEY";
    public static final String DEMO_FILE = "pseudonym-key.properties";

    private static final Logger LOG = Logger.getLogger(PseudonymKeyLoader.class.getName());

    private PseudonymKeyLoader() {
    }

    /**
     * @param settings values by name: CAMINO_PSEUDONYM_KEY and CAMINO_KEYS_FILE may be there
     * @param required whether this node must have the key (it holds cases)
     * @return the pseudonyms, or null if the key is neither configured nor required
     */
    public static Pseudonyms load(Map<String, String> settings, boolean demoMode, Path home, boolean required) {
        String value = settings.get(PSEUDONYM_KEY);
        String source = "the environment";
        String keysFile = settings.get(KeyRingLoader.KEYS_FILE);
        if (isBlank(value) && !isBlank(keysFile)) {
            value = KeyFile.read(Path.of(keysFile.trim())).get(PSEUDONYM_KEY);
            source = keysFile.trim();
        }
        if (isBlank(value) && demoMode) {
            Path file = home.resolve(DEMO_FILE);
            KeyFile.createWithOneKey(file, PSEUDONYM_KEY, "Camino pseudonymisation key");
            value = KeyFile.read(file).get(PSEUDONYM_KEY);
            source = file.toString();
        }
        if (isBlank(value)) {
            if (required) {
                throw new KeyConfigurationException("No pseudonymisation key is configured: a node that holds cases"
                        + " (CAMINO_NODE_ROLE mission or both) needs " + PSEUDONYM_KEY + "=<base64 of 32 random bytes,"
                        + " not any other key> (`openssl rand -base64 32`), or that entry in " + KeyRingLoader.KEYS_FILE);
            }
            return null;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.trim().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException(PSEUDONYM_KEY + " in " + source + " is not valid base64");
        }
        if (key.length != KeyRing.KEY_BYTES) {
            throw new KeyConfigurationException(PSEUDONYM_KEY + " in " + source + " must be " + KeyRing.KEY_BYTES + " bytes");
        }
        LOG.info("Pseudonymisation key from " + source);
        return new Pseudonyms(key);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
