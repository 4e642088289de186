package org.camino.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fresh random keys for tests; nothing here is ever a real key. */
final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    static byte[] secret() {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static String base64Secret() {
        return Base64.getEncoder().encodeToString(secret());
    }

    /** A ring with the given key ids (the last is current) and a fresh blind-index key. */
    static KeyRing ring(String... keyIds) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String id : keyIds) {
            keys.put(id, secret());
        }
        return new KeyRing(keyIds[keyIds.length - 1], keys, secret());
    }
}
