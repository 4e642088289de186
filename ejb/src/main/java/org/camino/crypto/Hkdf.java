package org.camino.crypto;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Derives independent sub-keys (encryption, MAC, salt, one per blind-index
 * purpose) from one configured key with HKDF-Expand (RFC 5869), SHA-256.
 * Configured keys are already uniformly random 256-bit secrets, so the
 * Extract step adds nothing and is skipped (RFC 5869, section 3.3).
 */
final class Hkdf {

    static final String HMAC_SHA256 = "HmacSHA256";

    private Hkdf() {
    }

    static byte[] expand(byte[] key, String label, int length) {
        if (length < 1 || length > 32) {
            throw new IllegalArgumentException("One HKDF block gives 1 to 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            mac.update(label.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            byte[] block = mac.doFinal();
            if (length == block.length) {
                return block;
            }
            byte[] out = Arrays.copyOf(block, length);
            Arrays.fill(block, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** A MAC ready to use; cloning it is cheaper than creating and keying a new one per value. */
    static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    static Mac copyOf(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JCA provider's HmacSHA256 cannot be cloned", e);
        }
    }
}
