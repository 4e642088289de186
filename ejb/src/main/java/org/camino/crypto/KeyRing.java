package org.camino.crypto;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys Camino encrypts with: one current key that new values are
 * encrypted under, older keys kept only so that values under them can still be
 * read (and re-encrypted) during a rotation, and a separate blind-index key.
 * Every key is a random 256-bit secret; encryption, MAC and salt are derived
 * from it (see {@link FieldKey}). Never printed: {@link #toString()} shows ids only.
 */
public final class KeyRing {

    public static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    /** 32 random bytes hold fewer than 16 distinct values with probability 3e-17: a placeholder such as "AAAA...". */
    private static final int MIN_DISTINCT_BYTES = 16;

    private final String currentKeyId;
    private final Map<String, FieldKey> keys;
    private final byte[] blindIndexKey;
    private final byte[] previousBlindIndexKey;

    public KeyRing(String currentKeyId, Map<String, byte[]> keys, byte[] blindIndexKey) {
        this(currentKeyId, keys, blindIndexKey, null);
    }

    /**
     * @param currentKeyId  the key new values are encrypted under; must be in {@code keys}
     * @param keys          key id to 32-byte secret, oldest first
     * @param blindIndexKey 32-byte secret for blind indexes, different from every encryption key
     * @param previousBlindIndexKey the blind-index key being replaced, only while the rotation job recomputes
     *                      the indexes (searches then try both); null otherwise
     * @throws KeyConfigurationException if any of that does not hold
     */
    public KeyRing(String currentKeyId, Map<String, byte[]> keys, byte[] blindIndexKey, byte[] previousBlindIndexKey) {
        if (keys == null || keys.isEmpty()) {
            throw new KeyConfigurationException("The key ring needs at least one encryption key");
        }
        Map<String, FieldKey> ring = new LinkedHashMap<>();
        Map<String, byte[]> seen = new LinkedHashMap<>();
        keys.forEach((id, secret) -> {
            if (!isValidKeyId(id)) {
                throw new KeyConfigurationException("Key id '" + id + "' must be 1 to 16 letters, digits, '-' or '_'");
            }
            checkSecret("Key '" + id + "'", secret);
            seen.forEach((otherId, other) -> {
                if (MessageDigest.isEqual(other, secret)) {
                    throw new KeyConfigurationException("Key '" + id + "' repeats the secret of key '" + otherId + "'");
                }
            });
            seen.put(id, secret);
            ring.put(id, new FieldKey(id, secret));
        });
        if (currentKeyId == null || !ring.containsKey(currentKeyId)) {
            throw new KeyConfigurationException("The current key '" + currentKeyId + "' is not among the keys " + ring.keySet());
        }
        checkSecret("The blind-index key", blindIndexKey);
        seen.forEach((id, secret) -> {
            if (MessageDigest.isEqual(secret, blindIndexKey)) {
                throw new KeyConfigurationException("The blind-index key must differ from encryption key '" + id + "'");
            }
        });
        if (previousBlindIndexKey != null) {
            checkSecret("The previous blind-index key", previousBlindIndexKey);
            if (MessageDigest.isEqual(previousBlindIndexKey, blindIndexKey)) {
                throw new KeyConfigurationException("The previous blind-index key is the current one; remove it");
            }
            seen.forEach((id, secret) -> {
                if (MessageDigest.isEqual(secret, previousBlindIndexKey)) {
                    throw new KeyConfigurationException("The previous blind-index key must differ from encryption key '" + id + "'");
                }
            });
        }
        this.currentKeyId = currentKeyId;
        this.keys = Collections.unmodifiableMap(ring);
        this.blindIndexKey = blindIndexKey.clone();
        this.previousBlindIndexKey = previousBlindIndexKey == null ? null : previousBlindIndexKey.clone();
    }

    public static boolean isValidKeyId(String keyId) {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Key ids in the ring, oldest first. */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    public boolean contains(String keyId) {
        return keys.containsKey(keyId);
    }

    FieldKey current() {
        return keys.get(currentKeyId);
    }

    /** The key with that id, or null. */
    FieldKey find(String keyId) {
        return keys.get(keyId);
    }

    byte[] blindIndexKey() {
        return blindIndexKey;
    }

    /** Null unless a rotation of the blind-index key is under way. */
    byte[] previousBlindIndexKey() {
        return previousBlindIndexKey;
    }

    public boolean hasPreviousBlindIndexKey() {
        return previousBlindIndexKey != null;
    }

    @Override
    public String toString() {
        return "KeyRing[current=" + currentKeyId + ", keys=" + keys.keySet()
                + (previousBlindIndexKey == null ? "" : ", previous blind-index key") + "]";
    }

    static void checkSecret(String name, byte[] secret) {
        if (secret == null || secret.length != KEY_BYTES) {
            throw new KeyConfigurationException(name + " must be exactly " + KEY_BYTES
                    + " random bytes (base64 of 32 bytes, e.g. `openssl rand -base64 32`)");
        }
        boolean[] present = new boolean[256];
        int distinct = 0;
        boolean allText = true;
        for (byte b : secret) {
            if (!present[b & 0xff]) {
                present[b & 0xff] = true;
                distinct++;
            }
            allText &= b >= 0x20 && b < 0x7f;
        }
        // 32 random bytes are all printable ASCII with probability 2e-14: this is a typed password, base64-encoded.
        if (allText) {
            throw new KeyConfigurationException(name + " is text (a password?), not random bytes; generate one with `openssl rand -base64 32`");
        }
        if (distinct < MIN_DISTINCT_BYTES) {
            throw new KeyConfigurationException(name + " is not random (a placeholder?); generate one with `openssl rand -base64 32`");
        }
    }
}
