package org.camino.crypto;

import org.camino.platform.errors.UnreadableDataException;

/**
 * A stored field could not be turned back into its value. Callers that only
 * need to know "this field cannot be shown" catch this; the subclasses say
 * why. Messages name the key id and the field context, never the plaintext,
 * the ciphertext or any key material.
 */
public abstract sealed class UnreadableCiphertextException extends UnreadableDataException
        permits TamperedCiphertextException, UnknownKeyException {

    private final String keyId;
    private final FieldContext context;

    protected UnreadableCiphertextException(String message, String keyId, FieldContext context) {
        super(message, context == null ? null : context.field());
        this.keyId = keyId;
        this.context = context;
    }

    /** The key id the ciphertext names, or null if it could not be read. */
    public String keyId() {
        return keyId;
    }

    public FieldContext context() {
        return context;
    }

    /** Why, as a code for incident records: {@code TAMPERED} or {@code UNKNOWN_KEY}. */
    public abstract String reason();
}
