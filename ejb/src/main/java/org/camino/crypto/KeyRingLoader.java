package org.camino.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Builds the {@link KeyRing} from settings, in this order:
 * <ol>
 * <li>CAMINO_KEYS ({@code k1:<base64>,k2:<base64>}), CAMINO_CURRENT_KEY (optional with one key) and
 *     CAMINO_BLIND_INDEX_KEY ({@code <base64>}), each secret 32 random bytes; during a rotation of the
 *     blind-index key also CAMINO_PREVIOUS_BLIND_INDEX_KEY, the one being replaced;</li>
 * <li>or CAMINO_KEYS_FILE, a properties file with those three entries;</li>
 * <li>or, in demo mode only, {@code <home>/keys.properties}, generated (mode 600) on the first start.</li>
 * </ol>
 * Without any of these, or with an incomplete set, it refuses: a production
 * server must not start without its keys, nor quietly with demo ones.
 * A plain class so that it is tested without a container.
 */
public final class KeyRingLoader {

    public static final String KEYS = "CAMINO_KEYS";
    public static final String CURRENT_KEY = "CAMINO_CURRENT_KEY";
    public static final String BLIND_INDEX_KEY = "CAMINO_BLIND_INDEX_KEY";
    public static final String PREVIOUS_BLIND_INDEX_KEY = "CAMINO_PREVIOUS_BLIND_INDEX_KEY";
    public static final String KEYS_FILE = "CAMINO_KEYS_FILE";
    /** Every setting this class reads. */
    public static final List<String> SETTINGS = List.of(KEYS, CURRENT_KEY, BLIND_INDEX_KEY, PREVIOUS_BLIND_INDEX_KEY, KEYS_FILE);
    public static final String DEMO_KEY_FILE = "keys.properties";
    static final String DEMO_KEY_ID = "demo1";

    private static final Logger LOG = Logger.getLogger(KeyRingLoader.class.getName());

    private final Map<String, String> settings;
    private final boolean demoMode;
    private final Path home;

    /**
     * @param settings values by name (see {@link #SETTINGS}); absent or blank means not set
     * @param demoMode whether keys may be generated
     * @param home     the node's data directory, where demo keys are kept
     */
    public KeyRingLoader(Map<String, String> settings, boolean demoMode, Path home) {
        this.settings = new HashMap<>(settings); // absent and null mean the same
        this.demoMode = demoMode;
        this.home = home;
    }

    public KeyRing load() {
        boolean inline = isSet(settings, KEYS) || isSet(settings, CURRENT_KEY) || isSet(settings, BLIND_INDEX_KEY)
                || isSet(settings, PREVIOUS_BLIND_INDEX_KEY);
        if (inline && isSet(settings, KEYS_FILE)) {
            throw new KeyConfigurationException("Set either " + KEYS + ", " + CURRENT_KEY + " and " + BLIND_INDEX_KEY
                    + ", or " + KEYS_FILE + ", not both");
        }
        if (inline) {
            return fromValues(settings, "the environment");
        }
        if (isSet(settings, KEYS_FILE)) {
            Path file = Path.of(settings.get(KEYS_FILE).trim());
            return fromValues(KeyFile.read(file), file.toString());
        }
        if (!demoMode) {
            throw new KeyConfigurationException("No field-encryption keys are configured, and outside demo mode Camino"
                    + " will not start without them. Set " + KEYS + "=<id>:<base64 of 32 random bytes>[,<id>:...], "
                    + CURRENT_KEY + "=<id> and " + BLIND_INDEX_KEY + "=<base64 of 32 other random bytes>"
                    + " (`openssl rand -base64 32` makes one), or " + KEYS_FILE
                    + "=<path of a properties file with those entries>.");
        }
        Path demoFile = home.resolve(DEMO_KEY_FILE);
        if (!Files.exists(demoFile)) {
            KeyFile.create(demoFile, DEMO_KEY_ID);
            LOG.warning("Demo mode: generated new field-encryption keys in " + demoFile
                    + " (owner-only). Data encrypted under them is unreadable without this file.");
        }
        return fromValues(KeyFile.read(demoFile), demoFile.toString());
    }

    private static KeyRing fromValues(Map<String, String> values, String source) {
        if (!isSet(values, KEYS)) {
            throw new KeyConfigurationException(KEYS + " is missing from " + source);
        }
        if (!isSet(values, BLIND_INDEX_KEY)) {
            throw new KeyConfigurationException(BLIND_INDEX_KEY + " is missing from " + source
                    + "; blind indexes need their own key, separate from the encryption keys");
        }
        Map<String, byte[]> keys = parseKeys(values.get(KEYS), source);
        String current = isSet(values, CURRENT_KEY) ? values.get(CURRENT_KEY).trim() : null;
        if (current == null && keys.size() > 1) {
            throw new KeyConfigurationException(CURRENT_KEY + " is missing from " + source
                    + ": say which of " + keys.keySet() + " new values are encrypted under");
        }
        byte[] blindIndexKey = decode(values.get(BLIND_INDEX_KEY), BLIND_INDEX_KEY, source);
        byte[] previousBlindIndexKey = isSet(values, PREVIOUS_BLIND_INDEX_KEY)
                ? decode(values.get(PREVIOUS_BLIND_INDEX_KEY), PREVIOUS_BLIND_INDEX_KEY, source) : null;
        try {
            KeyRing ring = new KeyRing(current == null ? keys.keySet().iterator().next() : current, keys, blindIndexKey,
                    previousBlindIndexKey);
            LOG.info("Field-encryption keys from " + source + ": " + ring);
            return ring;
        } finally {
            keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
            Arrays.fill(blindIndexKey, (byte) 0);
            if (previousBlindIndexKey != null) {
                Arrays.fill(previousBlindIndexKey, (byte) 0);
            }
        }
    }

    private static Map<String, byte[]> parseKeys(String text, String source) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).trim();
            if (id.isEmpty()) {
                throw new KeyConfigurationException(KEYS + " in " + source + " must read <id>:<base64>[,<id>:<base64>...]");
            }
            if (keys.put(id, decode(entry.substring(colon + 1), KEYS + " key '" + id + "'", source)) != null) {
                throw new KeyConfigurationException(KEYS + " in " + source + " names key '" + id + "' twice");
            }
        }
        return keys;
    }

    /** Standard or URL-safe base64, padded or not. The value itself never appears in a message. */
    private static byte[] decode(String text, String name, String source) {
        try {
            return Base64.getDecoder().decode(text.trim().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException(name + " in " + source + " is not valid base64");
        }
    }

    private static boolean isSet(Map<String, String> values, String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }
}
