package org.camino.crypto;

import java.util.Base64;

/**
 * The text form of an encrypted field, {@code v1:<keyId>:<payload>:<tag>}, with
 * payload and tag in unpadded base64url. Parsing checks the shape only; the
 * tag is checked by {@link FieldCipher} before anything is decrypted.
 */
record StoredCiphertext(String keyId, byte[] payload, byte[] tag) {

    static final String VERSION = "v1";
    /** HMAC-SHA256 truncated to 128 bits, as GCM's tag (NIST SP 800-107 allows it). */
    static final int TAG_BYTES = 16;
    /** Jasypt's output is a 16-byte IV then whole AES blocks (at least one, PKCS#5 padding). */
    private static final int BLOCK = 16;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String format() {
        String payloadText = ENCODER.encodeToString(payload);
        String tagText = ENCODER.encodeToString(tag);
        return new StringBuilder(VERSION.length() + keyId.length() + payloadText.length() + tagText.length() + 3)
                .append(VERSION).append(':').append(keyId).append(':')
                .append(payloadText).append(':').append(tagText).toString();
    }

    static StoredCiphertext parse(String text, FieldContext context) {
        String keyId = keyIdOf(text, context);
        int payloadStart = VERSION.length() + 1 + keyId.length() + 1;
        int tagStart = text.indexOf(':', payloadStart) + 1;
        if (tagStart == 0 || text.indexOf(':', tagStart) >= 0) {
            throw new TamperedCiphertextException("not in Camino's " + VERSION + " format", keyId, context);
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = DECODER.decode(text.substring(payloadStart, tagStart - 1));
            tag = DECODER.decode(text.substring(tagStart));
        } catch (IllegalArgumentException e) {
            throw new TamperedCiphertextException("not valid base64url", keyId, context);
        }
        if (tag.length != TAG_BYTES || payload.length < 2 * BLOCK || payload.length % BLOCK != 0) {
            throw new TamperedCiphertextException("wrong length", keyId, context);
        }
        return new StoredCiphertext(keyId, payload, tag);
    }

    /** The key id a ciphertext names, read without decoding the rest. */
    static String keyIdOf(String text, FieldContext context) {
        if (!text.startsWith(VERSION + ":")) {
            throw new TamperedCiphertextException("not in Camino's " + VERSION + " format", null, context);
        }
        int end = text.indexOf(':', VERSION.length() + 1);
        String keyId = end < 0 ? null : text.substring(VERSION.length() + 1, end);
        if (!KeyRing.isValidKeyId(keyId)) {
            throw new TamperedCiphertextException("no valid key id", null, context);
        }
        return keyId;
    }
}
