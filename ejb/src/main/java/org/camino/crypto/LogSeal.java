package org.camino.crypto;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The key of the access-log chain: each entry's hash is an HMAC-SHA256 under
 * {@code HKDF(CAMINO_ACCESS_LOG_KEY, "camino access log v1")}, so that someone
 * who can write the database but does not hold this key cannot recompute the
 * chain after rewriting it.
 * <p>
 * The secret is a key of its own, not derived from the field or blind-index
 * keys: those are rotated and the old ones dropped, and the log must stay
 * verifiable for as long as it is kept. Loaded, in this order, from
 * CAMINO_ACCESS_LOG_KEY, that entry of CAMINO_KEYS_FILE, or in demo mode
 * {@code <home>/access-log-key.properties} (generated, owner-only). Outside
 * demo mode a server without it refuses to start.
 */
public final class LogSeal {

    public static final String ACCESS_LOG_KEY = "CAMINO_ACCESS_LOG_KEY";
    public static final String DEMO_FILE = "access-log-key.properties";
    /** Hex characters of a seal: the whole HMAC-SHA256, like the SHA-256 hashes before it. */
    public static final int LENGTH = 64;

    private static final Logger LOG = Logger.getLogger(LogSeal.class.getName());

    private final Mac prototype;

    public LogSeal(byte[] secret) {
        KeyRing.checkSecret(ACCESS_LOG_KEY, secret);
        byte[] logKey = Hkdf.expand(secret, "camino access log v1", KeyRing.KEY_BYTES);
        try {
            prototype = Hkdf.keyedMac(logKey);
        } finally {
            Arrays.fill(logKey, (byte) 0);
        }
    }

    /** The seal (64 hex characters) of an entry's canonical text. */
    public String seal(String canonical) {
        return HexFormat.of().formatHex(Hkdf.copyOf(prototype).doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code claimed} is the seal of {@code canonical}; compared in constant time. */
    public boolean matches(String canonical, String claimed) {
        return claimed != null && MessageDigest.isEqual(seal(canonical).getBytes(StandardCharsets.US_ASCII),
                claimed.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param settings values by name: CAMINO_ACCESS_LOG_KEY and CAMINO_KEYS_FILE may be there
     * @throws KeyConfigurationException if there is no key outside demo mode, or it is not 32 random bytes
     */
    public static LogSeal load(Map<String, String> settings, boolean demoMode, Path home) {
        String value = settings.get(ACCESS_LOG_KEY);
        String source = "the environment";
        String keysFile = settings.get(KeyRingLoader.KEYS_FILE);
        if (isBlank(value) && !isBlank(keysFile)) {
            value = KeyFile.read(Path.of(keysFile.trim())).get(ACCESS_LOG_KEY);
            source = keysFile.trim();
        }
        if (isBlank(value) && demoMode) {
            Path file = home.resolve(DEMO_FILE);
            KeyFile.createWithOneKey(file, ACCESS_LOG_KEY, "Camino access-log key");
            value = KeyFile.read(file).get(ACCESS_LOG_KEY);
            source = file.toString();
        }
        if (isBlank(value)) {
            throw new KeyConfigurationException("No access-log key is configured: set " + ACCESS_LOG_KEY
                    + "=<base64 of 32 random bytes, not any other key> (`openssl rand -base64 32`), or that entry in "
                    + KeyRingLoader.KEYS_FILE + ". Keep it as long as the access log: older entries are checked with it.");
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(value.trim().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new KeyConfigurationException(ACCESS_LOG_KEY + " in " + source + " is not valid base64");
        }
        try {
            LogSeal seal = new LogSeal(secret);
            LOG.info("Access-log key from " + source);
            return seal;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
