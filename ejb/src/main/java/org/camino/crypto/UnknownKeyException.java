package org.camino.crypto;

/**
 * The ciphertext names a key id that is not in the key ring: the key was
 * removed before every value under it was re-encrypted, or the key id itself
 * was altered. Put the key back into CAMINO_KEYS to read the value.
 */
public final class UnknownKeyException extends UnreadableCiphertextException {

    UnknownKeyException(String keyId, FieldContext context) {
        super("Encrypted value" + (context == null ? "" : " of " + context) + " names key '" + keyId
                + "', which is not in the key ring (removed before re-encryption finished, or the value was altered)",
                keyId, context);
    }

    @Override
    public String reason() {
        return "UNKNOWN_KEY";
    }
}
