package org.camino.crypto;

/**
 * The ciphertext failed its integrity check: a bit was changed, it is not in
 * Camino's format, or a valid ciphertext was copied from another row or
 * column. Nothing was decrypted.
 */
public final class TamperedCiphertextException extends UnreadableCiphertextException {

    TamperedCiphertextException(String reason, String keyId, FieldContext context) {
        super("Encrypted value" + (context == null ? "" : " of " + context) + (keyId == null ? "" : " under key '" + keyId + "'")
                + " failed its integrity check (" + reason + "): it was altered, or copied from another row or column",
                keyId, context);
    }

    @Override
    public String reason() {
        return "TAMPERED";
    }
}
