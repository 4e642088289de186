package org.camino.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A CDI event, fired (synchronously) by {@link EncryptedField#open} whenever
 * a stored value cannot be read, before the exception goes on to the caller.
 * An observer records the integrity incident and gives the exception its
 * reference ({@link UnreadableCiphertextException#recordedAs}), so that the
 * page or API that catches it can show which incident it is.
 *
 * @param exception what was thrown; its context names the field and the row
 * @param valueHash SHA-256 (hex) of the stored ciphertext: tells one damaged value from another
 *                  of the same field and row; reveals nothing of the plaintext
 */
public record UnreadableValue(UnreadableCiphertextException exception, String valueHash) {

    static UnreadableValue of(UnreadableCiphertextException exception, String storedValue) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(storedValue.getBytes(StandardCharsets.UTF_8));
            return new UnreadableValue(exception, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** {@code table.column}. */
    public String field() {
        return exception.context().field();
    }

    /** The row's uuid, as text. */
    public String row() {
        return exception.context().row();
    }

    /** {@code TAMPERED} or {@code UNKNOWN_KEY}. */
    public String reason() {
        return exception.reason();
    }
}
